using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.BotFramework.Connector;
using TraineeBot.BotFramework.Hosting;

namespace TraineeBot.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    public const string ConnectorHttpClientName = "BotConnector";

    /// <summary>
    /// The connector client for proactive sends (keyed service <see cref="ProactiveConnectorKey"/>): no retries in
    /// the HTTP pipeline, because the outbox decides when to try again (it honours Retry-After, keeps Teams' rate
    /// limits and counts every attempt).
    /// </summary>
    public const string ProactiveConnectorHttpClientName = "BotConnector.Proactive";

    public const string ProactiveConnectorKey = "proactive";

    /// <summary>
    /// The protocol layer: authentication, the connector client with Teams' retry rules, the turn pipeline, and
    /// <typeparamref name="TBot"/> as the scoped handler of every turn.
    /// </summary>
    public static IServiceCollection AddBotFramework<TBot>(this IServiceCollection services, IConfiguration configuration)
        where TBot : class, IBot
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration.GetSection(BotFrameworkOptions.SectionName));
        services.AddBotAuthentication(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IActivityDeduplicator, InMemoryActivityDeduplicator>();
        services.TryAddSingleton<IServiceUrlPolicy, ServiceUrlPolicy>();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<BotRequestHandler>();
        services.AddScoped<IBot, TBot>();

        services.AddHttpClient<IConnectorClient, ConnectorClient>(ConnectorHttpClientName)
            .AddResilienceHandler("bot-connector", (pipeline, context) =>
            {
                var connector = context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.Connector;
                pipeline.AddRetryWithBackoff(connector.MaxRetries, connector.RetryBaseDelay, connector.MaxRetryDelay,
                    outcome => ConnectorRetryRules.ShouldRetry(outcome, connector.MaxRetryDelay));
                pipeline.AddTimeout(connector.AttemptTimeout);
            });

        services.AddHttpClient(ProactiveConnectorHttpClientName)
            .AddResilienceHandler("bot-connector-proactive", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.Connector.AttemptTimeout));
        services.AddKeyedTransient<IConnectorClient>(ProactiveConnectorKey, (sp, _) => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ProactiveConnectorHttpClientName),
            sp.GetRequiredService<IConnectorTokenProvider>(),
            sp.GetRequiredService<IServiceUrlPolicy>()));

        return services;
    }

    /// <summary>Maps the messaging endpoint Azure Bot Service and Teams post activities to.</summary>
    public static IEndpointConventionBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, (HttpContext http, BotRequestHandler handler) => handler.HandleAsync(http))
            .WithName("BotMessages")
            .ExcludeFromDescription();
}

/// <summary>Which connector failures are worth another try (Teams rate-limit guidance).</summary>
internal static class ConnectorRetryRules
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxDelay)
    {
        if (outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            return true;
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => RetryAfter(response) is not { } wait || wait <= maxDelay,
            HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
            _ => false,
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }
}
