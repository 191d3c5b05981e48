using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Alerts;

namespace TraineeBot.Infrastructure.Coordinators.Alerts;

internal static class AlertStorageServiceCollectionExtensions
{
    /// <summary>The alerts' queries and the background loop that queues the digests and immediate alerts.</summary>
    public static IServiceCollection AddCoordinatorAlertStorage(this IServiceCollection services)
    {
        services.AddScoped<IAlertQueries, EfAlertQueries>();
        services.AddSingleton<CoordinatorAlertRunner>();
        services.AddSingleton<AlertSignal>();
        services.AddHostedService<CoordinatorAlertService>();
        return services;
    }
}
