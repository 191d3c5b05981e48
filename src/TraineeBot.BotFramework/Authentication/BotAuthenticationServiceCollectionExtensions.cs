using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TraineeBot.BotFramework.Authentication;

public static class BotAuthenticationServiceCollectionExtensions
{
    private static readonly TimeSpan MetadataFetchTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers inbound request authentication (<see cref="IBotRequestAuthenticator"/>) and outbound connector tokens
    /// (<see cref="IConnectorTokenProvider"/>) as singletons: JWT validation and MSAL tokens when MicrosoftAppId is set,
    /// local mode (anonymous, no token) when it is empty.
    /// <para>
    /// Configuration: <c>MicrosoftAppId</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>,
    /// <c>MicrosoftAppCertificatePath</c> and <c>MicrosoftAppCertificatePassword</c> at the root (as the Bot Framework SDKs
    /// read them); <c>Bot:AllowUnauthenticated</c>; and section <c>Bot:Authentication</c>, bound last, for any other
    /// <see cref="BotAuthenticationOptions"/> property (metadata URLs, refresh intervals, RequireHttpsMetadata).
    /// </para>
    /// <para>
    /// The options are validated when the host starts; local mode is refused outside Development unless
    /// <c>Bot:AllowUnauthenticated=true</c>. Needs <see cref="Microsoft.Extensions.Hosting.IHostEnvironment"/> and logging,
    /// which every host registers. A <see cref="TimeProvider"/> registered earlier is kept.
    /// </para>
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotAuthenticationOptions>()
            .Configure(options => BotAuthenticationConfiguration.Bind(configuration, options))
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotAuthenticationHttpClients.Metadata, client => client.Timeout = MetadataFetchTimeout);
        services.AddHttpClient(BotAuthenticationHttpClients.Token);

        services.TryAddSingleton(CreateRequestAuthenticator);
        services.TryAddSingleton(CreateConnectorTokenProvider);
        return services;
    }

    private static IBotRequestAuthenticator CreateRequestAuthenticator(IServiceProvider services) =>
        services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.IsLocalMode
            ? new LocalModeRequestAuthenticator()
            : ActivatorUtilities.CreateInstance<JwtBotRequestAuthenticator>(services);

    private static IConnectorTokenProvider CreateConnectorTokenProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        if (options.IsLocalMode)
        {
            return new NoConnectorTokenProvider();
        }

        var source = MsalAccessTokenSources.Create(options, new MsalHttpClientFactory(services.GetRequiredService<IHttpClientFactory>()));
        return new CachingConnectorTokenProvider(
            source, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<CachingConnectorTokenProvider>>());
    }
}
