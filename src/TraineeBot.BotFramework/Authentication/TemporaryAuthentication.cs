using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.BotFramework.Authentication;

// Placeholder until the auth branch lands; removed in the merge.
public static class TemporaryAuthentication
{
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration);
        services.AddSingleton<IBotRequestAuthenticator, Anon>();
        services.AddSingleton<IConnectorTokenProvider, NoToken>();
        return services;
    }

    private sealed class Anon : IBotRequestAuthenticator
    {
        public ValueTask<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
            ValueTask.FromResult(BotAuthenticationResult.Anonymous());
    }

    private sealed class NoToken : IConnectorTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
    }
}
