using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.Core.Coordinators.Registration;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Coordinators.Registration;

public static class TraineeImportServiceCollectionExtensions
{
    /// <summary>
    /// The coordinators' bulk registration by CSV (<see cref="ITraineeImport"/>). Needs the storage
    /// (<see cref="TraineeBotDbContext"/> and the EF <see cref="IProgramme"/>, both scoped, sharing one context).
    /// </summary>
    public static IServiceCollection AddTraineeImport(this IServiceCollection services)
    {
        services.TryAddScoped<ITraineeImport, EfTraineeImport>();
        return services;
    }
}
