using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Trainees.Intake;

/// <summary>Texts of the interest inventory's end action and cards (<c>IntakeTexts.resx</c>, <c>IntakeTexts.en.resx</c>).</summary>
internal static class IntakeTexts
{
    private static readonly TextResources Resources = new(typeof(IntakeTexts), "TraineeBot.Core.Trainees.Intake.IntakeTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);
}
