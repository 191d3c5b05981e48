using TraineeBot.Core.Localization;

namespace TraineeBot.Infrastructure.Cases;

/// <summary>Texts of the coordinator's case cards (<c>CaseTexts.resx</c>, <c>CaseTexts.en.resx</c>).</summary>
internal static class CaseTexts
{
    private static readonly TextResources Resources = new(typeof(CaseTexts), "TraineeBot.Infrastructure.Cases.CaseTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);
}
