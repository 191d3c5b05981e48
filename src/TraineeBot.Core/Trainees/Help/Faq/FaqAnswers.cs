using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Help.Faq;

/// <summary>Fills an FAQ answer's placeholders from the trainee's journey.</summary>
public static class FaqAnswers
{
    public static readonly IReadOnlySet<string> KnownPlaceholders = new HashSet<string>(StringComparer.Ordinal)
    {
        "coordinatorName", "coordinatorPhone", "coordinatorEmail",
    };

    public static string Fill(string answer, TraineeJourney journey, string language)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(journey);
        var missing = HelpTexts.Get(language, "NoPhone");
        return answer
            .Replace("{coordinatorName}", journey.Coordinator.Name, StringComparison.Ordinal)
            .Replace("{coordinatorPhone}", string.IsNullOrWhiteSpace(journey.Coordinator.Phone) ? missing : journey.Coordinator.Phone, StringComparison.Ordinal)
            .Replace("{coordinatorEmail}", journey.Coordinator.Email ?? "", StringComparison.Ordinal);
    }
}
