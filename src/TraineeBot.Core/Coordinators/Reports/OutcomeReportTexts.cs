using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Coordinators.Reports;

/// <summary>The outcome report's texts (<c>OutcomeReportTexts.resx</c> Swedish, <c>OutcomeReportTexts.en.resx</c> English).</summary>
public static class OutcomeReportTexts
{
    private static readonly TextResources Resources = new(typeof(OutcomeReportTexts), "TraineeBot.Core.Coordinators.Reports.OutcomeReportTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);

    /// <summary>The same text in Swedish and English.</summary>
    public static ReportLabel Label(string key, params object?[] args) =>
        new(Get(Users.Language.Swedish, key, args), Get(Users.Language.English, key, args));

    public static string Breakdown(string language, OutcomeBreakdownKind kind) => Get(language, $"Breakdown.{kind}");

    /// <summary>A short name for a worksheet (at most 31 characters).</summary>
    public static string Sheet(string language, OutcomeBreakdownKind kind) => Get(language, $"Sheet.{kind}");

    public static string Category(string language, OutcomeCategory category) => Get(language, $"Category.{category}");

    /// <summary>"färre än 5" / "fewer than 5".</summary>
    public static string Suppressed(string language, int minGroupSize) => Get(language, "Suppressed", minGroupSize);
}
