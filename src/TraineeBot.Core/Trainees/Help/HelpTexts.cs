using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Trainees.Help;

/// <summary>Texts of help requests, questions and case replies as the trainee sees them (<c>HelpTexts.resx</c>, <c>HelpTexts.en.resx</c>).</summary>
public static class HelpTexts
{
    private static readonly TextResources Resources = new(typeof(HelpTexts), "TraineeBot.Core.Trainees.Help.HelpTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);

    /// <summary>A text longer than this is kept whole, and the trainee is told it was long.</summary>
    public const int LongTextLength = 2_000;
}
