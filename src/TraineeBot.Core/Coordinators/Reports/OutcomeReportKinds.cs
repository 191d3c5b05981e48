using System.Globalization;

namespace TraineeBot.Core.Coordinators.Reports;

/// <summary>The outcome report's download kinds (<see cref="Downloads.DownloadRequest.Kind"/>) and their subjects.</summary>
public static class OutcomeReportKinds
{
    /// <summary>The table as CSV (Swedish Excel style); subject <see cref="Guid.Empty"/>.</summary>
    public const string Csv = "outcome-report-csv";

    /// <summary>The table as an Excel workbook, a sheet per breakdown; subject <see cref="Guid.Empty"/>.</summary>
    public const string Xlsx = "outcome-report-xlsx";

    /// <summary>A chart of one breakdown's 6-month outcomes; subject <see cref="ChartSubject"/>.</summary>
    public const string Png = "outcome-report-png";

    public static IReadOnlyList<string> All { get; } = [Csv, Xlsx, Png];

    /// <summary>The subject id that asks for the chart of <paramref name="breakdown"/> (00000001-0000-… for gender).</summary>
    public static Guid ChartSubject(OutcomeBreakdownKind breakdown) =>
        Guid.ParseExact(((int)breakdown).ToString("x8", CultureInfo.InvariantCulture) + "-0000-0000-0000-000000000000", "D");

    /// <summary>The breakdown a chart's subject id asks for; null when it is not one of <see cref="ChartSubject"/>'s.</summary>
    public static OutcomeBreakdownKind? ChartBreakdown(Guid subjectId) =>
        Enum.GetValues<OutcomeBreakdownKind>().Where(k => ChartSubject(k) == subjectId).Select(k => (OutcomeBreakdownKind?)k).FirstOrDefault();
}
