using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TraineeBot.BotFramework.Connector.RateLimiting;

public static class TeamsRateLimitServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="TeamsRateLimitOptions"/> from section <c>Bot:RateLimits</c> (validated when the host starts; a
    /// configured <c>PerConversation</c> list replaces the defaults) and registers <see cref="TeamsSendRateLimiter"/> as the
    /// singleton <see cref="ISendRateLimiter"/> unless one is registered already.
    /// </summary>
    public static IServiceCollection AddTeamsRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<TeamsRateLimitOptions>()
            .Bind(configuration.GetSection(TeamsRateLimitOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsRateLimitOptions>, TeamsRateLimitOptionsValidator>());
        services.TryAddSingleton<ISendRateLimiter, TeamsSendRateLimiter>();
        return services;
    }
}
