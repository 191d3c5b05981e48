using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraineeBot.Graph;
using TraineeBot.Testing;
using TraineeBot.Testing.FakeGraph;

namespace TraineeBot.IntegrationTests.Graph;

/// <summary>
/// <c>AddGraph</c> as the host registers it, pointed at a real local <see cref="FakeGraphServer"/>, with a fixed token
/// instead of Entra ID and retry delays short enough for tests (a Retry-After is still honoured as sent).
/// </summary>
public abstract class GraphTestBase : IAsyncLifetime
{
    public const string Token = "graph-test-token";
    public const string TenantId = "5a1b7c9d-0e2f-4a6b-8c0d-1e2f3a4b5c6d";

    private readonly List<ServiceProvider> providers = [];

    protected FakeGraphServer Graph { get; private set; } = null!;

    /// <summary>Every log line the Graph services wrote, formatted, with its exception.</summary>
    protected ConcurrentQueue<string> Logs { get; } = new();

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Graph = await FakeGraphServer.StartAsync(Cancellation);

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        await Graph.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A complete configuration against the fake server; an override with a null value removes the key.</summary>
    protected Dictionary<string, string?> Settings(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Graph:TenantId"] = TenantId,
            ["Graph:ClientId"] = FakeGraphServer.BotAppId,
            ["Graph:ClientSecret"] = "never-used-the-token-is-fixed",
            ["Graph:TeamsAppCatalogId"] = FakeGraphServer.TeamsAppCatalogId,
            ["Graph:BaseUrl"] = Graph.BaseUrl.AbsoluteUri,
            ["Graph:Resilience:RetryBaseDelay"] = "00:00:00.010",
            ["Graph:Resilience:MaxRetryAfter"] = "00:00:05",
            ["Graph:Resilience:AttemptTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in overrides)
        {
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        return settings;
    }

    protected T Resolve<T>(params (string Key, string? Value)[] overrides)
        where T : notnull
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(overrides)).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new CapturingLoggerProvider(Logs)));
        services.AddSingleton<IGraphAccessTokenProvider>(new StaticGraphToken(Token));
        services.AddGraph(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        providers.Add(provider);
        return provider.GetRequiredService<T>();
    }
}
