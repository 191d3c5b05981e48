using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Renewals;

namespace TraineeBot.Infrastructure.Coordinators.Renewals;

internal static class RenewalStorageServiceCollectionExtensions
{
    public static IServiceCollection AddRenewalStorage(this IServiceCollection services) => services.AddScoped<IRenewals, EfRenewals>();
}
