using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Privacy.Audit;

/// <summary>The audit log's and the retention report's texts (<c>PrivacyTexts.resx</c> Swedish, <c>PrivacyTexts.en.resx</c> English).</summary>
internal static class PrivacyTexts
{
    private static readonly TextResources Resources = new(typeof(PrivacyTexts), "TraineeBot.Core.Privacy.Audit.PrivacyTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);

    /// <summary>"2027-03-10 14:05" in Stockholm time.</summary>
    public static string When(DateTimeOffset instant) =>
        StockholmTime.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
