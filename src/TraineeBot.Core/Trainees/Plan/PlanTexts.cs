using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Trainees.Plan;

/// <summary>Texts of "min plan" (<c>PlanTexts.resx</c>, <c>PlanTexts.en.resx</c>).</summary>
internal static class PlanTexts
{
    private static readonly TextResources Resources = new(typeof(PlanTexts), "TraineeBot.Core.Trainees.Plan.PlanTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);
}
