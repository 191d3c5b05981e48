using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Supervisors.CheckIns;

namespace TraineeBot.Infrastructure.Supervisors;

/// <summary>The supervisor side's storage, called from <see cref="StorageServiceCollectionExtensions.AddStorage"/>.</summary>
internal static class SupervisorStorageServiceCollectionExtensions
{
    public static IServiceCollection AddSupervisorStorage(this IServiceCollection services) =>
        services.AddScoped<ISupervisorCheckIns, EfSupervisorCheckIns>();
}
