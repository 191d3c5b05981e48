using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Coordinators.Status.Intents;

/// <summary>
/// Example questions a coordinator can ask, one per kind of question, to show when a question was not understood
/// (<c>CoordinatorQuestions.resx</c> Swedish, <c>CoordinatorQuestions.en.resx</c> English; the full list with more
/// phrasings is <c>docs/coordinators/asking.md</c>).
/// </summary>
public static class CoordinatorQuestions
{
    /// <summary>The keys in the order they are shown.</summary>
    internal static readonly string[] Keys =
        ["Overview", "Trainee", "Unanswered", "Overdue", "DueThisWeek", "Flagged", "HelpOpen", "RenewalsSoon", "Ending", "EndingSoon", "LimitsNear", "Report", "Help"];

    private static readonly TextResources Resources = new(typeof(CoordinatorQuestions), "TraineeBot.Core.Coordinators.Status.Intents.CoordinatorQuestions");

    /// <summary>The example questions in <paramref name="language"/> (sv or en), in a fixed order.</summary>
    public static IReadOnlyList<string> Examples(string language) => [.. Keys.Select(key => Resources.Get(language, key))];
}
