using TraineeBot.Dialogs;

namespace TraineeBot.Core.Coordinators.Status.Intents;

/// <summary>Typo tolerance for coordinators' questions and names.</summary>
internal static class Typos
{
    /// <summary>The dialogs' typo distance (<see cref="EditDistance"/>); equal texts are 0 however long.</summary>
    public static int Distance(string a, string b) => a == b ? 0 : EditDistance.Between(a, b);

    /// <summary>
    /// Whether a typed word is <paramref name="form"/>: the same, or — when both have 5 letters or more — one typo away
    /// ("flagade" ~ "flaggade", "reneals" ~ "renewals"). Words with digits must be exact.
    /// </summary>
    public static bool Same(string typed, string form) =>
        typed == form
        || (typed.Length >= 5 && form.Length >= 5 && !typed.Any(char.IsDigit) && Math.Abs(typed.Length - form.Length) <= 1 && Distance(typed, form) == 1);
}
