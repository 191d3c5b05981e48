using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Coordinators.Status;

/// <summary>The coordinator's status answers (<c>StatusTexts.resx</c> Swedish, <c>StatusTexts.en.resx</c> English).</summary>
internal static class StatusTexts
{
    private static readonly TextResources Resources = new(typeof(StatusTexts), "TraineeBot.Core.Coordinators.Status.StatusTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);

    /// <summary>"14 januari" / "14 January"; the year too when it is not this year's.</summary>
    public static string Date(string language, DateOnly date, DateOnly today) =>
        date.ToString(date.Year == today.Year ? "d MMMM" : "d MMMM yyyy", BotTexts.Culture(language));
}
