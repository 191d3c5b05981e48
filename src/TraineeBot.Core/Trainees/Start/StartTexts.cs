using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Trainees.Start;

/// <summary>The start checklist's texts (<c>StartTexts.resx</c> Swedish, <c>StartTexts.en.resx</c> English).</summary>
internal static class StartTexts
{
    private static readonly TextResources Resources = new(typeof(StartTexts), "TraineeBot.Core.Trainees.Start.StartTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);
}
