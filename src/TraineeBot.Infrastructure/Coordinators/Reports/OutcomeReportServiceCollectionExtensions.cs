using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.Core.Coordinators;
using TraineeBot.Core.Coordinators.Reports;
using TraineeBot.Core.Downloads;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Coordinators.Reports;

public static class OutcomeReportServiceCollectionExtensions
{
    /// <summary>
    /// The outcome report: <see cref="IOutcomeReportData"/> on the
    /// database, and the download sources <c>outcome-report-csv</c>, <c>-xlsx</c> and <c>-png</c> (keyed by kind, and
    /// as <see cref="IDownloadSource"/>s). Needs the storage (<see cref="TraineeBotDbContext"/>, <see cref="IProgramme"/>).
    /// </summary>
    public static IServiceCollection AddOutcomeReports(this IServiceCollection services)
    {
        services.TryAddScoped<IOutcomeReportData, EfOutcomeReportData>();
        foreach (var kind in OutcomeReportKinds.All)
        {
            services.AddKeyedScoped<IDownloadSource>(kind, static (sp, key) => new OutcomeReportDownloads(
                (string)key!,
                sp.GetRequiredService<CoordinatorCaseloads>(),
                sp.GetRequiredService<IOutcomeReportData>(),
                sp.GetRequiredService<TraineeBotDbContext>(),
                sp.GetRequiredService<TimeProvider>()));
            services.AddScoped(sp => sp.GetRequiredKeyedService<IDownloadSource>(kind));
        }

        return services;
    }
}
