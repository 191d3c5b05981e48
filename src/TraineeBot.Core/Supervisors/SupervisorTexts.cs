using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Supervisors;

/// <summary>The supervisor side's texts (<c>SupervisorTexts.resx</c> Swedish, <c>SupervisorTexts.en.resx</c> English).</summary>
internal static class SupervisorTexts
{
    private static readonly TextResources Resources = new(typeof(SupervisorTexts), "TraineeBot.Core.Supervisors.SupervisorTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);

    /// <summary>"7 januari 2026" / "7 January 2026".</summary>
    public static string Date(string language, DateOnly date) => date.ToString("d MMMM yyyy", BotTexts.Culture(language));

    /// <summary>"7 januari" / "7 January".</summary>
    public static string ShortDate(string language, DateOnly date) => date.ToString("d MMMM", BotTexts.Culture(language));
}
