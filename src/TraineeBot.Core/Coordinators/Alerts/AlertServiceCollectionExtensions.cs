using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TraineeBot.Core.Coordinators.Alerts;

public static class AlertServiceCollectionExtensions
{
    /// <summary>The coordinators' proactive alerts (the loop that runs them is in Infrastructure, with the queries).</summary>
    public static IServiceCollection AddCoordinatorAlerts(this IServiceCollection services)
    {
        services.AddOptions<CoordinatorAlertOptions>().BindConfiguration(CoordinatorAlertOptions.Section);
        services.TryAddSingleton<DigestClock>();
        services.AddScoped<CoordinatorAlerts>();
        return services;
    }
}
