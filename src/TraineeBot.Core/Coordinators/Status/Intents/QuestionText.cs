using System.Globalization;
using System.Text;

namespace TraineeBot.Core.Coordinators.Status.Intents;

/// <summary>One word of a question: where it stands in the original text, and its matching form (lower case, no accents).</summary>
/// <param name="Text">Lower case without accents ("ar" for both "är" and "år").</param>
/// <param name="Raw">Lower case with accents kept, for the few words only accents tell apart.</param>
internal readonly record struct QuestionWord(string Text, string Raw, int Start, int End);

/// <summary>
/// A question split into words for matching: letters and digits make words, apostrophes inside a word are dropped
/// ("hasn't" → "hasnt"), everything else separates ("12/18-month" → "12", "18", "month"); accents are removed
/// ("försenade" → "forsenade") and case is lowered.
/// </summary>
internal sealed class QuestionText
{
    /// <summary>Longer messages are not questions to parse closely.</summary>
    public const int MaxLength = 300;

    private QuestionText(string original, IReadOnlyList<QuestionWord> words)
    {
        Original = original;
        Words = words;
    }

    public string Original { get; }

    public IReadOnlyList<QuestionWord> Words { get; }

    public int Count => Words.Count;

    public string this[int index] => Words[index].Text;

    public static QuestionText Split(string? text)
    {
        var original = text ?? string.Empty;
        var words = new List<QuestionWord>();
        if (original.Length > MaxLength)
        {
            return new QuestionText(original, words);
        }

        var current = new StringBuilder();
        var start = -1;
        for (var i = 0; i <= original.Length; i++)
        {
            var c = i < original.Length ? original[i] : ' ';
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (start < 0)
                {
                    start = i;
                }

                current.Append(c);
                continue;
            }

            var apostropheInWord = c is '\'' or '’' && start >= 0 && i + 1 < original.Length && char.IsLetter(original[i + 1]);
            if (apostropheInWord)
            {
                continue;
            }

            if (start >= 0)
            {
                var word = current.ToString();
                words.Add(new QuestionWord(Fold(word), word.ToLowerInvariant(), start, i));
                current.Clear();
                start = -1;
            }
        }

        return new QuestionText(original, words);
    }

    /// <summary>Lower case without accents: "Östlund" → "ostlund".</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The original text from word <paramref name="from"/> to word <paramref name="to"/> (both included): "Elin Svensson", "Anna-Karin".</summary>
    public string OriginalSpan(int from, int to) => Original[Words[from].Start..Words[to].End];

    public IEnumerable<string> Texts => Words.Select(w => w.Text);
}
