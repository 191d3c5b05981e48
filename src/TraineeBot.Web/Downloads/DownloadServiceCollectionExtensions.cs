using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Downloads;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Web.Downloads;

public static class DownloadServiceCollectionExtensions
{
    /// <summary>
    /// Download links (<see cref="IDownloadLinks"/>, options <c>Downloads</c>) signed with ASP.NET Core Data
    /// Protection, whose keys are kept on disk (<see cref="DownloadOptions.KeysFolder"/>) so links survive a restart.
    /// </summary>
    public static IServiceCollection AddDownloads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DownloadOptions>()
            .Bind(configuration.GetSection(DownloadOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http",
                "Downloads:PublicBaseUrl must be an absolute http(s) address.")
            .ValidateOnStart();

        // The application name, not the content root path, isolates our keys: the same links work wherever it runs.
        services.AddDataProtection().SetApplicationName("TraineeBot");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(KeysFolder(sp.GetRequiredService<IOptions<DownloadOptions>>().Value, configuration, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)),
                sp.GetRequiredService<ILoggerFactory>())));

        services.AddSingleton<DownloadLinks>();
        services.AddSingleton<IDownloadLinks>(sp => sp.GetRequiredService<DownloadLinks>());
        return services;
    }

    /// <summary><c>GET /downloads/{token}</c> (see <see cref="DownloadEndpoint"/>).</summary>
    public static WebApplication MapDownloads(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(DownloadLinks.PathPrefix + "{token}", DownloadEndpoint.HandleAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>The configured folder, else <c>{database file}.keys</c> next to the SQLite database (ignored by git with it).</summary>
    internal static string KeysFolder(DownloadOptions options, IConfiguration configuration, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.KeysFolder))
        {
            return Path.GetFullPath(options.KeysFolder, contentRoot);
        }

        var connection = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString(StorageOptions.ConnectionStringName) ?? StorageOptions.DefaultConnectionString);
        var database = string.IsNullOrEmpty(connection.DataSource) || connection.DataSource == ":memory:" || connection.Mode == SqliteOpenMode.Memory
            ? Path.Combine("data", "traineebot.db")
            : connection.DataSource;
        return Path.GetFullPath(database + ".keys", contentRoot);
    }
}
