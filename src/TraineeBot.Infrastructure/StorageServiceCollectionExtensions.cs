using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TraineeBot.BotFramework.Connector;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Dialogs;
using TraineeBot.Infrastructure.Dialogs;
using TraineeBot.Infrastructure.Conversations;
using TraineeBot.Infrastructure.Hosting;
using TraineeBot.Infrastructure.Persistence;

using TraineeBot.Infrastructure.Coordinators;
using TraineeBot.Infrastructure.Supervisors;
using TraineeBot.Infrastructure.Trainees;

namespace TraineeBot.Infrastructure;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// State in SQLite through EF Core: the connection string <c>ConnectionStrings:TraineeBot</c>, by default
    /// <c>data/traineebot.db</c> under the content root. Replaces the protocol layer's in-memory deduplicator with a
    /// durable one.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        var connectionString = ResolveSqlitePath(
            configuration.GetConnectionString(StorageOptions.ConnectionStringName) ?? StorageOptions.DefaultConnectionString,
            environment.ContentRootPath);

        services.TryAddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<TraineeBotDbContext>(options =>
            options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<TraineeBotDbContext>>().CreateDbContext());
        services.AddScoped<IConversationStore, EfConversationStore>();
        services.AddChatFiles();
        services.AddScoped<IDialogRunStore, EfDialogRunStore>();
        services.AddScoped<Core.Programme.IProgramme, Programme.EfProgramme>();
        services.AddScoped<Core.Programme.ICases, Cases.EfCases>();
        services.AddTraineeStorage();
        services.AddSupervisorStorage();
        services.AddCoordinatorStorage();
        Privacy.PrivacyStorageServiceCollectionExtensions.AddPrivacyStorage(services);
        Privacy.DataRights.DataRightsStorageServiceCollectionExtensions.AddDataRightsStorage(services);
        services.Replace(ServiceDescriptor.Singleton<IActivityDeduplicator, EfActivityDeduplicator>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// Creates or migrates the database, switches it to WAL, and re-trusts the serviceUrls stored from earlier
    /// authenticated activities so proactive messages work after a restart.
    /// </summary>
    public static async Task InitializeStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var db = await services.GetRequiredService<IDbContextFactory<TraineeBotDbContext>>().CreateDbContextAsync(cancellationToken);
        if (services.GetRequiredService<IOptions<StorageOptions>>().Value.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            // Table statistics for the query planner (without them it picks the status indexes for caseload queries and
            // reads every open check-in); cheap, and only redone where they have gone stale (docs/performance.md).
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
        }

        var policy = services.GetRequiredService<IServiceUrlPolicy>();
        foreach (var serviceUrl in await db.ConversationReferences.Select(c => c.ServiceUrl).Distinct().ToListAsync(cancellationToken))
        {
            if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
            {
                policy.Trust(uri);
            }
        }
    }

    /// <summary>A relative SQLite file path is made absolute under the content root, and its folder created.</summary>
    internal static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return connectionString;
        }

        if (!Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
