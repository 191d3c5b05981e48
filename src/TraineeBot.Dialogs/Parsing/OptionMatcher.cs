using System.Globalization;
using System.Text.RegularExpressions;

namespace TraineeBot.Dialogs;

/// <summary>What <see cref="OptionMatcher"/> found: one option (0-based), several it could be, or none.</summary>
internal readonly record struct OptionMatch(int? Index, IReadOnlyList<int> Candidates)
{
    public static readonly OptionMatch None = new(null, []);

    public bool IsAmbiguous => Index is null && Candidates.Count > 1;

    public static OptionMatch Of(int index) => new(index, [index]);
}

/// <summary>
/// Finds which option an answer names: by number ("2", "nr 2", "två"), by any of the option's names (value, labels,
/// synonyms; case and accents ignored), by the start of a name ("hotell" for "Hotell och restaurang") and with small
/// typos when only one option is that close.
/// </summary>
internal static partial class OptionMatcher
{
    /// <param name="part">Normalised text (see <see cref="InputText.Normalize"/>).</param>
    /// <param name="names">Normalised names of each option, in order.</param>
    /// <param name="byPosition">Whether "2" means the second option.</param>
    public static OptionMatch Match(string part, IReadOnlyList<IReadOnlyList<string>> names, bool byPosition = true)
    {
        var text = byPosition ? NumberPrefix().Replace(part, string.Empty).TrimEnd(')').Trim() : part;
        if (text.Length == 0 || text.Length > InputText.MaxParsedLength)
        {
            return OptionMatch.None;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Contains(text, StringComparer.Ordinal))
            {
                return OptionMatch.Of(i);
            }
        }

        var number = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : NumberWords.Parse(text);
        if (number is { } position && byPosition)
        {
            return position >= 1 && position <= names.Count ? OptionMatch.Of(position - 1) : OptionMatch.None;
        }

        if (text.Length >= 3)
        {
            var starting = Where(names, name => name.StartsWith(text + " ", StringComparison.Ordinal));
            if (starting.Count > 0)
            {
                return Result(starting);
            }
        }

        var tolerance = EditDistance.Tolerance(text.Length);
        if (tolerance == 0)
        {
            return OptionMatch.None;
        }

        var best = int.MaxValue;
        var closest = new List<int>();
        for (var i = 0; i < names.Count; i++)
        {
            foreach (var name in names[i])
            {
                if (Math.Abs(name.Length - text.Length) > tolerance)
                {
                    continue;
                }

                var distance = EditDistance.Between(text, name);
                if (distance > Math.Min(tolerance, EditDistance.Tolerance(name.Length)) || distance > best)
                {
                    continue;
                }

                if (distance < best)
                {
                    best = distance;
                    closest.Clear();
                }

                if (!closest.Contains(i))
                {
                    closest.Add(i);
                }
            }
        }

        return closest.Count == 0 ? OptionMatch.None : Result(closest);
    }

    private static List<int> Where(IReadOnlyList<IReadOnlyList<string>> names, Func<string, bool> test) =>
        [.. Enumerable.Range(0, names.Count).Where(i => names[i].Any(test))];

    private static OptionMatch Result(List<int> indexes) =>
        indexes.Count == 1 ? OptionMatch.Of(indexes[0]) : new OptionMatch(null, indexes);

    [GeneratedRegex(@"^(?:nr|nummer|number|no|alternativ|alternative|option|val|#)\.?\s*(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPrefix();
}
