using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>The registration card's texts (<c>RegistrationTexts.resx</c> Swedish, <c>RegistrationTexts.en.resx</c> English).</summary>
internal static class RegistrationTexts
{
    private static readonly TextResources Resources = new(typeof(RegistrationTexts), "TraineeBot.Core.Coordinators.Registration.RegistrationTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);
}
