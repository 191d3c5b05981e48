using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Coordinators.Alerts;

/// <summary>The coordinator alerts' texts (<c>AlertTexts.resx</c> Swedish, <c>AlertTexts.en.resx</c> English).</summary>
internal static class AlertTexts
{
    private static readonly TextResources Resources = new(typeof(AlertTexts), "TraineeBot.Core.Coordinators.Alerts.AlertTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);

    /// <summary>"14 januari" / "14 January"; the year too when it is not this year's.</summary>
    public static string Date(string language, DateOnly date, DateOnly today) =>
        date.ToString(date.Year == today.Year ? "d MMMM" : "d MMMM yyyy", BotTexts.Culture(language));
}
