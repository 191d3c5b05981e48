using System.Globalization;
using System.Text.RegularExpressions;

namespace TraineeBot.Dialogs;

/// <summary>What a reply to the summary asks for.</summary>
internal enum ConfirmIntent
{
    Unknown,
    Send,
    Change,
}

/// <summary>The words the engine itself listens for, in Swedish and English (compared without case and accents).</summary>
internal static partial class CommandWords
{
    private static readonly HashSet<string> Cancel = Normalized("avbryt", "avbryta", "avsluta", "sluta", "stopp", "stop", "cancel", "quit", "exit");

    private static readonly HashSet<string> Keep = Normalized("behåll", "behåll svaret", "samma", "ingen ändring", "keep", "keep it", "same", "no change");

    private static readonly HashSet<string> Send = Normalized(
        "skicka", "skicka in", "ja skicka", "stämmer", "det stämmer", "rätt", "klart", "klar", "färdig",
        "send", "send it", "yes send", "submit", "correct", "right", "done", "finished");

    public static bool IsCancel(string text) => Cancel.Contains(InputText.Normalize(text));

    public static bool IsKeep(string text) => Keep.Contains(InputText.Normalize(text));

    /// <summary>"ja"/"yes"/"skicka" → Send; "ändra 2", "change 2", "2", "ändra två" → Change with the number.</summary>
    public static (ConfirmIntent Intent, int Number) ReadConfirm(string text)
    {
        var normalized = InputText.Normalize(text);
        if (normalized.Length is 0 or > 60)
        {
            return (ConfirmIntent.Unknown, 0);
        }

        if (Send.Contains(normalized) || YesNoWords.Read(normalized) == true)
        {
            return (ConfirmIntent.Send, 0);
        }

        var change = ChangePattern().Match(normalized);
        if (change.Success)
        {
            var numberText = change.Groups["number"].Value;
            var number = int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : NumberWords.Parse(numberText);
            if (number is { } value)
            {
                return (ConfirmIntent.Change, value);
            }
        }

        return (ConfirmIntent.Unknown, 0);
    }

    private static HashSet<string> Normalized(params string[] words) =>
        new(words.Select(InputText.Normalize), StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:(?:andra|change|edit|byt)\s*)?(?:(?:svar|svaret|fraga|fragan|answer|question|nr|nummer|number|no|#)\.?\s*)?(?<number>\d{1,4}|[a-z]{2,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex ChangePattern();
}
