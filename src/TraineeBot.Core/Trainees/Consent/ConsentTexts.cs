using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Trainees.Consent;

/// <summary>Texts of the welcome, consent and odd-message answers (<c>ConsentTexts.resx</c>, <c>ConsentTexts.en.resx</c>).</summary>
internal static class ConsentTexts
{
    private static readonly TextResources Resources = new(typeof(ConsentTexts), "TraineeBot.Core.Trainees.Consent.ConsentTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);
}
