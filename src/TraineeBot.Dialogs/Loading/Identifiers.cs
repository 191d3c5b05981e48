using System.Text.RegularExpressions;

namespace TraineeBot.Dialogs;

/// <summary>Ids of dialogs, steps and fields: lower-case letters and digits, joined by hyphens or underscores.</summary>
internal static partial class Identifiers
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    public static string Rule(string id) =>
        $"id '{id}' must be lower-case letters and digits, joined by - or _ (like 'start-date')";

    [GeneratedRegex(@"^[a-z0-9]+(?:[-_][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
