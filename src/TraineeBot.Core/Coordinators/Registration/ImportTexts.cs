using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>The import's texts (<c>ImportTexts.resx</c> Swedish, <c>ImportTexts.en.resx</c> English).</summary>
internal static class ImportTexts
{
    private static readonly TextResources Resources = new(typeof(ImportTexts), "TraineeBot.Core.Coordinators.Registration.ImportTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);
}
