namespace TraineeBot.Core.Trainees.CheckIns;

/// <summary>
/// Words and phrases in a check-in's free text that raise a red flag, in Swedish and English (both are always
/// checked: trainees mix languages). A trailing <c>*</c> matches any ending (<c>mobba*</c>: mobbad, mobbar, mobbning).
/// Matching is on whole words, case-insensitive. Keep the list small and add to it with a test.
/// </summary>
public static class RedFlagWords
{
    public static readonly IReadOnlyList<string> Swedish =
    [
        "mobba*", "mobbning*", "kränk*", "ont", "vill sluta", "sluta här", "självmord*", "ta livet av mig", "vill dö",
        "hota*", "trakass*", "slår mig", "slog mig", "rädd", "diskrimin*", "tafsa*",
    ];

    public static readonly IReadOnlyList<string> English =
    [
        "bully*", "bulli*", "hurt*", "quit", "suicid*", "kill myself", "want to die", "harass*", "threaten*", "afraid",
        "scared", "discriminat*", "abuse*", "pain",
    ];

    /// <summary>The list's entries found in <paramref name="text"/>, each once, in list order.</summary>
    public static IReadOnlyList<string> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = Tokens(text);
        return [.. Swedish.Concat(English).Where(entry => Matches(tokens, entry.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
    }

    private static bool Matches(List<string> tokens, string[] words)
    {
        for (var start = 0; start + words.Length <= tokens.Count; start++)
        {
            var all = true;
            for (var i = 0; i < words.Length && all; i++)
            {
                var word = words[i];
                var token = tokens[start + i];
                all = word.EndsWith('*') ? token.StartsWith(word[..^1], StringComparison.Ordinal) : token == word;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetter(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
