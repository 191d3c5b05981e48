using System.Globalization;
using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Coordinators.Reports;
using TraineeBot.Core.Downloads;
using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Coordinators.Status;

/// <summary>
/// The outcome report in chat (<c>cards/outcome-report.json</c>): everyone's shares at 3, 6 and 12 months and the mean
/// support ratings, the chart by period, and links to the whole report as CSV, Excel and a chart by gender. The links
/// are made for the asker and checked again when opened.
/// </summary>
public sealed class OutcomeReportCard(IOutcomeReportData data, IDownloadLinks links, ICardRenderer cards, TimeProvider time)
{
    public const string Template = "outcome-report";

    public async Task<JsonObject> BuildAsync(Caseload caseload, Guid askerUserId, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        var today = StockholmTime.Today(time);
        var report = OutcomeReport.Build(await data.RowsAsync(caseload.All ? null : caseload.CoordinatorIds, today, cancellationToken), today);
        var everyone = report[OutcomeBreakdownKind.All].Groups[0];
        var lines = new JsonArray();
        if (everyone.Suppressed)
        {
            lines.Add(StatusTexts.Get(language, "ReportSuppressed", report.MinGroupSize));
        }
        else
        {
            lines.Add(StatusTexts.Get(language, "ReportPeople", everyone.People));
            foreach (var months in new[] { 3, 6, 12 })
            {
                lines.Add(everyone.At(months) is { Due: > 0 } at
                    ? StatusTexts.Get(language, "ReportHorizon", months, at.Due,
                        Percent(at, OutcomeCategory.Work, language), Percent(at, OutcomeCategory.Studies, language),
                        Percent(at, OutcomeCategory.WorkAndStudies, language), Percent(at, OutcomeCategory.Looking, language),
                        Percent(at, OutcomeCategory.Other, language), Percent(at, OutcomeCategory.Unknown, language))
                    : StatusTexts.Get(language, "ReportNotDue", months));
            }

            lines.Add(StatusTexts.Get(language, "ReportSupport", Mean(everyone.TraineeSupport, language), Mean(everyone.SupervisorSupport, language)));
        }

        Uri Link(string kind, Guid subject) => links.Create(new DownloadRequest(kind, subject, askerUserId));
        return cards.Render(Template, new JsonObject
        {
            ["title"] = StatusTexts.Get(language, "ReportTitle", StatusTexts.Date(language, today, today.AddYears(1))),
            ["lines"] = lines,
            ["chart"] = everyone.Suppressed ? string.Empty : Link(OutcomeReportKinds.Png, OutcomeReportKinds.ChartSubject(OutcomeBreakdownKind.Period)).ToString(),
            ["chartAlt"] = StatusTexts.Get(language, "ReportChartAlt"),
            ["files"] = StatusTexts.Get(language, "ReportFiles"),
            ["downloads"] = new JsonArray(
                Download(StatusTexts.Get(language, "ReportCsv"), Link(OutcomeReportKinds.Csv, Guid.Empty)),
                Download(StatusTexts.Get(language, "ReportXlsx"), Link(OutcomeReportKinds.Xlsx, Guid.Empty)),
                Download(StatusTexts.Get(language, "ReportChart"), Link(OutcomeReportKinds.Png, OutcomeReportKinds.ChartSubject(OutcomeBreakdownKind.Gender)))),
        });
    }

    private static JsonObject Download(string title, Uri url) => new() { ["title"] = title, ["url"] = url.ToString() };

    private static string Percent(OutcomeHorizon at, OutcomeCategory category, string language) =>
        string.Format(BotTexts.Culture(language), "{0:0} %", (at.Share(category) ?? 0) * 100);

    private static string Mean(double? mean, string language) =>
        mean is { } value ? value.ToString("0.0", BotTexts.Culture(language)) : "–";
}
