using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using TraineeBot.Core.Directory;

using TraineeBot.BotFramework;

namespace TraineeBot.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IUserDirectory"/> and <see cref="ITeamsAppInstaller"/>: backed by Microsoft Graph when
    /// section <c>Graph</c> is configured (lookup needs the credentials, installing also <c>Graph:TeamsAppCatalogId</c>),
    /// else <see cref="NotConfiguredDirectory"/>, which makes no HTTP calls. Implementations registered earlier are
    /// kept, and so is an <see cref="IGraphAccessTokenProvider"/> (tests register a fixed token).
    /// <para>
    /// A half-done configuration stops the host at startup with a message naming the missing keys. Graph calls go
    /// through the named <see cref="HttpClient"/> <see cref="GraphClientFactory.HttpClientName"/>, whose resilience
    /// handler alone retries (settings in <c>Graph:Resilience</c>).
    /// </para>
    /// </summary>
    public static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());

        services.TryAddSingleton<IGraphAccessTokenProvider>(sp =>
            new AzureIdentityTokenProvider(GraphCredentials.Create(sp.GetRequiredService<IOptions<GraphOptions>>().Value)));
        services.TryAddSingleton<GraphClientFactory>();
        services.AddHttpClient(GraphClientFactory.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("graph", (pipeline, context) =>
                AddResilience(pipeline, context.ServiceProvider.GetRequiredService<IOptions<GraphOptions>>().Value.Resilience));

        services.TryAddSingleton<IUserDirectory>(sp =>
            sp.GetRequiredService<IOptions<GraphOptions>>().Value.HasCredentials
                ? ActivatorUtilities.CreateInstance<GraphUserDirectory>(sp)
                : NotConfiguredDirectory.Instance);
        services.TryAddSingleton<ITeamsAppInstaller>(sp =>
            sp.GetRequiredService<IOptions<GraphOptions>>().Value.HasCredentials
                ? ActivatorUtilities.CreateInstance<GraphTeamsAppInstaller>(sp)
                : NotConfiguredDirectory.Instance);
        return services;
    }

    /// <summary>
    /// Total timeout around retries around a per-attempt timeout. The HttpClient's own timeout is off, so these are
    /// the only ones. At most 1 + MaxRetries requests per call.
    /// </summary>
    private static void AddResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, GraphResilienceOptions resilience)
    {
        pipeline.AddTimeout(resilience.TotalTimeout);
        if (resilience.MaxRetries > 0)
        {
            pipeline.AddRetryWithBackoff(resilience.MaxRetries, resilience.RetryBaseDelay, resilience.MaxRetryAfter,
                outcome => GraphRetryRules.ShouldRetry(outcome, resilience.MaxRetryAfter));
        }

        pipeline.AddTimeout(resilience.AttemptTimeout);
    }
}
