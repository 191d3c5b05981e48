using TraineeBot.Core.Coordinators.Status.Intents;

namespace TraineeBot.Core.Coordinators;

/// <summary>How coordinators' command phrases are compared: lower case, no accents, single spaces, no end punctuation.</summary>
internal static class CommandText
{
    /// <summary>"Lägg  till Trainee!" → "lagg till trainee".</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.Trim().TrimEnd('.', '!', '?').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(QuestionText.Fold));
}
