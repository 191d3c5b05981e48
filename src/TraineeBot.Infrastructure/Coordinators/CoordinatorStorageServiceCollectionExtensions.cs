using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Infrastructure.Coordinators.Alerts;
using TraineeBot.Infrastructure.Coordinators.Renewals;
using TraineeBot.Infrastructure.Coordinators.Status;

namespace TraineeBot.Infrastructure.Coordinators;

/// <summary>The coordinator side's storage, called from <see cref="StorageServiceCollectionExtensions.AddStorage"/>.</summary>
internal static class CoordinatorStorageServiceCollectionExtensions
{
    public static IServiceCollection AddCoordinatorStorage(this IServiceCollection services) =>
        services.AddScoped<ICaseloadQueries, EfCaseloadQueries>()
            .AddRenewalStorage()
            .AddCoordinatorAlertStorage()
            .AddScoped<Core.Coordinators.Matching.IOpenings, Matching.EfOpenings>();
}
