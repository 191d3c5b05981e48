using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Coordinators.Reports;
using TraineeBot.Core.Downloads;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Coordinators.Reports;

public static class OutcomeReportServiceCollectionExtensions
{
    /// <summary>
    /// The outcome report: the options (<c>Coordinators</c>: <c>SeeAll</c>), <see cref="IOutcomeReportData"/> on the
    /// database, and the download sources <c>outcome-report-csv</c>, <c>-xlsx</c> and <c>-png</c> (keyed by kind, and
    /// as <see cref="IDownloadSource"/>s). Needs the storage (<see cref="TraineeBotDbContext"/>, <see cref="IProgramme"/>).
    /// </summary>
    public static IServiceCollection AddOutcomeReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CoordinatorAccessOptions>().Bind(configuration.GetSection(CoordinatorAccessOptions.Section));
        services.TryAddScoped<IOutcomeReportData, EfOutcomeReportData>();
        foreach (var kind in OutcomeReportKinds.All)
        {
            services.AddKeyedScoped<IDownloadSource>(kind, static (sp, key) => new OutcomeReportDownloads(
                (string)key!,
                sp.GetRequiredService<IProgramme>(),
                sp.GetRequiredService<IOutcomeReportData>(),
                sp.GetRequiredService<TraineeBotDbContext>(),
                sp.GetRequiredService<IOptions<CoordinatorAccessOptions>>(),
                sp.GetRequiredService<TimeProvider>()));
            services.AddScoped(sp => sp.GetRequiredKeyedService<IDownloadSource>(kind));
        }

        return services;
    }
}
