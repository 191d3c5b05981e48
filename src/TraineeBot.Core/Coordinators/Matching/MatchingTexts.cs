using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Coordinators.Matching;

/// <summary>Matching's texts (<c>MatchingTexts.resx</c> Swedish, <c>MatchingTexts.en.resx</c> English).</summary>
public static class MatchingTexts
{
    private static readonly TextResources Resources = new(typeof(MatchingTexts), "TraineeBot.Core.Coordinators.Matching.MatchingTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);
}
