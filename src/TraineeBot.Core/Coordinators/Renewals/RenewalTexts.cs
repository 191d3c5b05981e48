using System.Globalization;
using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Coordinators.Renewals;

/// <summary>The renewal decision's texts (<c>RenewalTexts.resx</c> Swedish, <c>RenewalTexts.en.resx</c> English).</summary>
internal static class RenewalTexts
{
    private static readonly TextResources Resources = new(typeof(RenewalTexts), "TraineeBot.Core.Coordinators.Renewals.RenewalTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);

    /// <summary>"14 januari 2027" / "14 January 2027".</summary>
    public static string Date(string language, DateOnly date) => date.ToString("d MMMM yyyy", BotTexts.Culture(language));

    /// <summary>"2027-05-31" (the decided view, the same in both languages).</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
