using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Trainees.CheckIns;

/// <summary>The check-ins' texts (<c>CheckInTexts.resx</c> Swedish, <c>CheckInTexts.en.resx</c> English).</summary>
internal static class CheckInTexts
{
    private static readonly TextResources Resources = new(typeof(CheckInTexts), "TraineeBot.Core.Trainees.CheckIns.CheckInTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);
}
