using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.BotFramework;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Testing;

/// <summary>
/// The real bot host in memory: real HTTP pipeline, a real SQLite file (one per test unless shared on purpose to test
/// a restart), and a <see cref="FakeConnector"/> behind the connector client's resilience pipeline.
/// </summary>
public sealed class TraineeBotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly List<Action<IServiceCollection>> serviceOverrides = [];

    public TraineeBotFactory(string? databasePath = null, FakeConnector? connector = null)
    {
        DatabasePath = databasePath ?? NewDatabasePath();
        Connector = connector ?? new FakeConnector();
        settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:TraineeBot"] = $"Data Source={DatabasePath}",
            ["MicrosoftAppId"] = string.Empty,
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.050",
            ["Telemetry:Exporter"] = "none",
        };
        Environment = "Development";
    }

    public string DatabasePath { get; }

    public FakeConnector Connector { get; }

    public string Environment { get; set; }

    public static string NewDatabasePath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "traineebot-tests");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{Guid.NewGuid():N}.db");
    }

    /// <summary>Sets a configuration value before the host starts.</summary>
    public TraineeBotFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    public TraineeBotFactory WithServices(Action<IServiceCollection> configure)
    {
        serviceOverrides.Add(configure);
        return this;
    }

    /// <summary>A fresh DbContext on the bot's database, for assertions.</summary>
    public TraineeBotDbContext OpenDatabase() =>
        Services.GetRequiredService<IDbContextFactory<TraineeBotDbContext>>().CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(BotFrameworkServiceCollectionExtensions.ConnectorHttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => Connector);
            foreach (var configure in serviceOverrides)
            {
                configure(services);
            }
        });
    }
}
