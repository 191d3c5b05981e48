using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Privacy.DataRights;

namespace TraineeBot.Infrastructure.Privacy.DataRights;

public static class DataRightsStorageServiceCollectionExtensions
{
    /// <summary>The trainee's export and erasure on the database.</summary>
    public static IServiceCollection AddDataRightsStorage(this IServiceCollection services) => services
        .AddScoped<ITraineeDataExport, EfTraineeDataExport>()
        .AddScoped<ITraineeErasure, EfTraineeErasure>();
}
