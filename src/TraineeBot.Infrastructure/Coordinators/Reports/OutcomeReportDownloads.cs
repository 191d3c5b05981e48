using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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
    IProgramme programme,
    IOutcomeReportData data,
    TraineeBotDbContext db,
    IOptions<CoordinatorAccessOptions> access,
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

        var coordinator = await programme.CoordinatorOfUserAsync(forUserId, cancellationToken);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == forUserId)
            .Select(u => new { u.Language, u.AadObjectId }).FirstOrDefaultAsync(cancellationToken);
        if (coordinator is null || user is null)
        {
            return null;
        }

        var today = StockholmTime.Today(time);
        var rows = await data.RowsAsync(access.Value.SeesAll(user.AadObjectId) ? null : [coordinator.Id], today, cancellationToken);
        var report = OutcomeReport.Build(rows, today);
        var language = Core.Users.Language.Normalize(user.Language);
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
