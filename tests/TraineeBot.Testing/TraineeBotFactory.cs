using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
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

    private readonly bool useFakeConnector;

    /// <param name="databasePath">A SQLite file; a new one by default. Pass the same path to two hosts to test a restart.</param>
    /// <param name="connector">The fake connector to record with; a new one by default.</param>
    /// <param name="useFakeConnector">False when a real client (Agents Playground) hosts the connector.</param>
    public TraineeBotFactory(string? databasePath = null, FakeConnector? connector = null, bool useFakeConnector = true)
    {
        this.useFakeConnector = useFakeConnector;
        DatabasePath = databasePath ?? NewDatabasePath();
        Connector = connector ?? new FakeConnector();
        settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:TraineeBot"] = $"Data Source={DatabasePath}",
            ["MicrosoftAppId"] = string.Empty,
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.050",
            ["Telemetry:Exporter"] = "none",

            // The morning digest runs on the wall clock: off unless a test turns it on (With("CoordinatorAlerts:Enabled", "true")),
            // so that no test sees a digest just because it ran on a weekday morning.
            ["CoordinatorAlerts:Enabled"] = "false",

            // The nightly retention job likewise (With("Retention:Enabled", "true") to run it).
            ["Retention:Enabled"] = "false",
        };
        Environment = "Development";
    }

    public string DatabasePath { get; }

    /// <summary>
    /// The bot's clock when <see cref="WithFakeClock"/> was called, else null (real time). Note that the connector's
    /// retry delays run on it too: a test that uses it and scripts 429s must advance it.
    /// </summary>
    public FakeTimeProvider? Clock { get; private set; }

    public FakeConnector Connector { get; }

    /// <summary>What proactive sends go through instead of <see cref="Connector"/> directly (e.g. a Teams-limits enforcer wrapping it).</summary>
    public HttpMessageHandler? ConnectorHandler { get; set; }

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

    /// <summary>The bot's <see cref="TimeProvider"/> becomes a fake clock starting at <paramref name="start"/>.</summary>
    public TraineeBotFactory WithFakeClock(DateTimeOffset start)
    {
        Clock = new FakeTimeProvider(start);
        return WithServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public TraineeBotFactory WithServices(Action<IServiceCollection> configure)
    {
        serviceOverrides.Add(configure);
        return this;
    }

    /// <summary>Runs the bot on Kestrel at a free loopback port, for clients outside the process; returns its /api/messages.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        return new Uri(new Uri(address), "/api/messages");
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
            if (useFakeConnector)
            {
                services.AddHttpClient(BotFrameworkServiceCollectionExtensions.ConnectorHttpClientName)
                    .ConfigurePrimaryHttpMessageHandler(() => Connector);
                services.AddHttpClient(BotFrameworkServiceCollectionExtensions.ProactiveConnectorHttpClientName)
                    .ConfigurePrimaryHttpMessageHandler(() => ConnectorHandler ?? Connector);
            }

            foreach (var configure in serviceOverrides)
            {
                configure(services);
            }
        });
    }
}
