using System.Globalization;
using TraineeBot.Core.Coordinators.Reports;
using TraineeBot.Core.Localization;

namespace TraineeBot.Infrastructure.Coordinators.Reports;

/// <summary>The report's table as the files show it: one row per group, the same columns in the CSV and the workbook.</summary>
internal static class OutcomeReportColumns
{
    /// <summary>The categories in the order the files and the chart show them (the good outcomes first).</summary>
    public static readonly IReadOnlyList<OutcomeCategory> Categories =
        [OutcomeCategory.Work, OutcomeCategory.WorkAndStudies, OutcomeCategory.Studies, OutcomeCategory.Looking, OutcomeCategory.Other, OutcomeCategory.Unknown];

    /// <summary>Breakdown, group, number; per follow-up: how many due, then the share in each category; the two support means.</summary>
    public static IReadOnlyList<string> Headers(string language)
    {
        var headers = new List<string>
        {
            OutcomeReportTexts.Get(language, "Column.Breakdown"),
            OutcomeReportTexts.Get(language, "Column.Group"),
            OutcomeReportTexts.Get(language, "Column.People"),
        };
        foreach (var months in OutcomeReport.HorizonMonths)
        {
            headers.Add(OutcomeReportTexts.Get(language, "Column.Due", months));
            headers.AddRange(Categories.Select(c => OutcomeReportTexts.Get(language, "Column.Share", OutcomeReportTexts.Category(language, c), months)));
        }

        headers.Add(OutcomeReportTexts.Get(language, "Column.TraineeSupport"));
        headers.Add(OutcomeReportTexts.Get(language, "Column.SupervisorSupport"));
        return headers;
    }

    /// <summary>
    /// A group's cells after the breakdown and group columns: numbers as numbers, shares as fractions (0–1), null for
    /// an empty cell (suppressed, or nobody due yet, or no ratings).
    /// </summary>
    public static IReadOnlyList<double?> Figures(OutcomeGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var cells = new List<double?> { group.People };
        foreach (var months in OutcomeReport.HorizonMonths)
        {
            var horizon = group.At(months);
            cells.Add(horizon?.Due);
            cells.AddRange(Categories.Select(c => horizon?.Share(c)));
        }

        cells.Add(group.TraineeSupport);
        cells.Add(group.SupervisorSupport);
        return cells;
    }

    /// <summary>Which of <see cref="Figures"/> are shares (shown as percentages).</summary>
    public static bool IsShare(int figureIndex)
    {
        var perHorizon = 1 + Categories.Count;
        var i = figureIndex - 1;
        return i >= 0 && i < perHorizon * OutcomeReport.HorizonMonths.Count && i % perHorizon != 0;
    }

    /// <summary>Which of <see cref="Figures"/> are support means (1 decimal).</summary>
    public static bool IsMean(int figureIndex) => figureIndex > (1 + Categories.Count) * OutcomeReport.HorizonMonths.Count;

    public static CultureInfo Culture(string language) => BotTexts.Culture(language);

    /// <summary>"utfallsrapport-2026-11-23" / "outcome-report-2026-11-23".</summary>
    public static string FileStem(string language, DateOnly today) =>
        $"{OutcomeReportTexts.Get(language, "FileName")}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
