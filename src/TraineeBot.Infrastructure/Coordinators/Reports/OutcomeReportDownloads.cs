using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Coordinators;
using TraineeBot.Core.Coordinators.Reports;
using TraineeBot.Core.Downloads;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Coordinators.Reports;

/// <summary>
/// Downloads of the outcome report: <c>outcome-report-csv</c>, <c>outcome-report-xlsx</c> (subject
/// <see cref="Guid.Empty"/>) and <c>outcome-report-png</c> (subject <see cref="ChartSubject"/> of a breakdown). The
/// report is built when the link is opened, in the user's language, for the user's own caseload, or every caseload
/// when their Entra object id is in <c>Coordinators:SeeAll</c>; a user who is not a coordinator gets nothing.
/// </summary>
internal sealed class OutcomeReportDownloads(
    string kind,
    CoordinatorCaseloads caseloads,
    IOutcomeReportData data,
    TraineeBotDbContext db,
    TimeProvider time) : IDownloadSource
{
    public string Kind => kind;

    public async Task<DownloadFile?> OpenAsync(Guid subjectId, Guid forUserId, CancellationToken cancellationToken)
    {
        OutcomeBreakdownKind? chart = null;
        if (kind == OutcomeReportKinds.Png)
        {
            chart = OutcomeReportKinds.ChartBreakdown(subjectId);
            if (chart is null)
            {
                return null;
            }
        }
        else if (subjectId != Guid.Empty)
        {
            return null;
        }

        if (await caseloads.ForAsync(forUserId, AccessAction.ViewOutcomeReport, null, $"report.{kind}", cancellationToken) is not { } asker)
        {
            return null;
        }

        var userLanguage = await db.Users.AsNoTracking().Where(u => u.Id == forUserId).Select(u => u.Language).FirstOrDefaultAsync(cancellationToken);
        var today = StockholmTime.Today(time);
        var rows = await data.RowsAsync(asker.Caseload.All ? null : asker.Caseload.CoordinatorIds, today, cancellationToken);
        var report = OutcomeReport.Build(rows, today);
        var language = Core.Users.Language.Normalize(userLanguage);
        var stem = OutcomeReportColumns.FileStem(language, today);
        return kind switch
        {
            OutcomeReportKinds.Csv => new DownloadFile($"{stem}.csv", OutcomeReportCsv.ContentType, OutcomeReportCsv.Render(report, language)),
            OutcomeReportKinds.Xlsx => new DownloadFile($"{stem}.xlsx", OutcomeReportWorkbook.ContentType, OutcomeReportWorkbook.Render(report, language)),
            _ => new DownloadFile(
                $"{stem}-{chart!.Value.ToString().ToLowerInvariant()}.png",
                OutcomeReportChart.ContentType,
                OutcomeReportChart.RenderPng(report, chart.Value, language)),
        };
    }
}
