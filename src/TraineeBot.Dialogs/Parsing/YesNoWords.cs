namespace TraineeBot.Dialogs;

/// <summary>Words for yes and no in Swedish and English (compared without accents; "jaaa" reads as "ja").</summary>
internal static class YesNoWords
{
    private static readonly HashSet<string> Yes = Collapsed(
    [
        "ja", "j", "jo", "japp", "jepp", "jadå", "jajamen", "absolut", "gärna", "ja gärna", "ja tack", "visst", "javisst",
        "okej", "ok", "okay", "yes", "y", "yeah", "yep", "yup", "sure", "of course", "yes please", "true",
        "👍", "✅", "✔", "☑",
    ]);

    private static readonly HashSet<string> No = Collapsed(
    [
        "nej", "n", "nä", "nää", "nej tack", "inte", "icke", "no", "nope", "nah", "no thanks", "false",
        "👎", "❌", "✖",
    ]);

    /// <summary>true for yes, false for no, null when the text is neither.</summary>
    public static bool? Read(string? input)
    {
        var text = Collapse(InputText.Normalize(InputText.WithoutEmojiModifiers(input ?? string.Empty)));
        if (text.Length is 0 or > 30)
        {
            return null;
        }

        return Yes.Contains(text) ? true : No.Contains(text) ? false : null;
    }

    private static HashSet<string> Collapsed(string[] words) =>
        new(words.Select(word => Collapse(InputText.Normalize(word))), StringComparer.Ordinal);

    /// <summary>Runs of one letter become one letter: "jaaa" → "ja", "japp" → "jap".</summary>
    private static string Collapse(string text)
    {
        var chars = new List<char>(text.Length);
        foreach (var c in text)
        {
            if (chars.Count == 0 || chars[^1] != c || !char.IsLetter(c))
            {
                chars.Add(c);
            }
        }

        return new string([.. chars]);
    }
}
