using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Testing;
using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication.Support;

/// <summary>
/// A metadata server plus an authenticator built the way the app builds it (<see cref="BotAuthenticationServiceCollectionExtensions.AddBotAuthentication"/>),
/// pointed at the server over plain HTTP, with the clock at <see cref="TestBot.Now"/>.
/// </summary>
internal sealed class AuthenticationHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AuthenticationHarness(OpenIdMetadataServer server, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Server = server;
        _services = services;
        Logs = logs;
    }

    public OpenIdMetadataServer Server { get; }
    public CapturingLoggerProvider Logs { get; }
    public IBotRequestAuthenticator Authenticator => _services.GetRequiredService<IBotRequestAuthenticator>();

    /// <summary>Bot Framework keys: Teams, WebChatOnly, NoEndorsements. Entra keys: Entra.</summary>
    public static async Task<AuthenticationHarness> StartAsync(
        Action<Dictionary<string, string?>>? configure = null, TimeProvider? timeProvider = null)
    {
        var server = await OpenIdMetadataServer.StartAsync(TestContext.Current.CancellationToken);
        server.BotFramework.Publish(TestKeys.Teams, TestKeys.WebChatOnly, TestKeys.NoEndorsements);
        server.Entra.Publish(TestKeys.Entra);

        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestBot.AppId,
            ["MicrosoftAppPassword"] = "unused-by-inbound-validation",
            ["Bot:Authentication:BotFrameworkOpenIdMetadataUrl"] = server.BotFrameworkMetadataUrl.AbsoluteUri,
            ["Bot:Authentication:EntraOpenIdMetadataUrlTemplate"] = server.EntraMetadataUrlTemplate,
            ["Bot:Authentication:RequireHttpsMetadata"] = "false",
        };
        configure?.Invoke(settings);

        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(timeProvider ?? new FakeTimeProvider(TestBot.Now))
            .AddSingleton<IHostEnvironment>(new TestHostEnvironment(Environments.Production))
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs))
            .AddBotAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider(validateScopes: true);
        return new AuthenticationHarness(server, services, logs);
    }

    public ValueTask<BotAuthenticationResult> AuthenticateAsync(string token, Activity? activity = null) =>
        AuthenticateHeaderAsync($"Bearer {token}", activity);

    public ValueTask<BotAuthenticationResult> AuthenticateHeaderAsync(string? authorizationHeader, Activity? activity = null) =>
        Authenticator.AuthenticateAsync(authorizationHeader, activity ?? TestBot.TeamsMessage(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
