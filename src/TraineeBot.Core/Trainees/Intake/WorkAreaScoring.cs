using System.Globalization;
using System.Text;

namespace TraineeBot.Core.Trainees.Intake;

/// <summary>Why a work area got its points; <see cref="Words"/> are the words that matched (for <see cref="ReasonKind.Wrote"/> and <see cref="ReasonKind.Avoid"/>).</summary>
public enum ReasonKind
{
    /// <summary>The trainee picked the area (+5).</summary>
    Chosen,

    /// <summary>Words about the area in interests, earlier work/school or what they are good at (+2 each, at most +6).</summary>
    Wrote,

    /// <summary>Words about the area in what they want to avoid (−6).</summary>
    Avoid,

    /// <summary>Shared health needs mention heavy lifting or their back (−3 for elderly care and cleaning).</summary>
    HeavyLifting,

    /// <summary>No driving licence (−1 for elderly care: home care often drives).</summary>
    NoLicence,
}

public sealed record ScoreReason(ReasonKind Kind, int Points, IReadOnlyList<string> Words);

public sealed record WorkAreaSuggestion(string Area, int Score, IReadOnlyList<ScoreReason> Reasons);

/// <summary>
/// The transparent, pure scoring of the interest inventory: every work area gets points from a small table, and each
/// point has a reason the coordinator can read. The table and the rules are documented in
/// <c>docs/trainees/interest-inventory.md</c>; change them here and there together.
/// </summary>
public static class WorkAreaScoring
{
    public const int ChosenPoints = 5;
    public const int WordPoints = 2;
    public const int MaxWordsCounted = 3;
    public const int AvoidPoints = -6;
    public const int HeavyLiftingPoints = -3;
    public const int NoLicencePoints = -1;

    /// <summary>How many suggestions the coordinator gets at most.</summary>
    public const int MaxSuggestions = 5;

    /// <summary>
    /// The areas in their tie-break order, each with its words in Swedish and English. A word matches a whole word
    /// of what the trainee wrote; a word ending in <c>*</c> matches the start of a word (<c>barn*</c>: barn, barnen).
    /// Case and accents (é, but not å, ä, ö) are ignored.
    /// </summary>
    public static readonly IReadOnlyList<(string Area, string[] Words)> Table =
    [
        ("preschool", ["barn*", "förskol*", "dagis", "lek", "leka", "småbarn*", "child*", "kid*", "preschool*", "toddler*", "play", "playing"]),
        ("school", ["skol*", "elev*", "fritids*", "läxhjälp", "idrott*", "ungdom*", "school*", "pupil*", "teach*", "homework", "sport*", "barn*", "child*", "kid*"]),
        ("elderly-care", ["äldre", "äldreomsorg", "äldreboende", "hemtjänst", "omsorg", "vård*", "gamla", "ta hand om", "hjälpa människor", "hjälpa andra", "elderly", "old people", "care", "caring", "nurs*", "help people", "helping people", "helping others"]),
        ("kitchen", ["laga mat", "matlagning", "mat", "kock*", "bak*", "kök*", "restaurang*", "café", "cook*", "food", "bake", "baking", "kitchen*", "chef", "restaurant*"]),
        ("cleaning", ["städ*", "fastighet*", "trädgård*", "vaktmästar*", "reparer*", "fixa", "bygga", "snickr*", "clean*", "garden*", "repair*", "fix", "fixing", "build", "building", "caretak*", "janitor*"]),
        ("it", ["dator*", "data", "programmer*", "kod", "koda", "kodning", "spel", "gaming", "game", "games", "teknik", "computer*", "coding", "code", "programming", "software", "tech", "technology"]),
        ("office", ["kontor*", "administration", "admin", "papper", "excel", "ordning", "telefon", "reception", "office*", "paperwork", "organi*", "phone", "receptionist"]),
        ("retail", ["butik*", "affär*", "sälj*", "kassa", "kund*", "kläder", "handel", "shop*", "store*", "sell*", "sales", "customer*", "cashier", "clothes", "fashion"]),
    ];

    /// <summary>Words in shared health needs that lower the heavy work areas.</summary>
    public static readonly IReadOnlyList<string> HeavyLiftingWords =
        ["lyft*", "tung*", "rygg*", "knä*", "axl*", "lift*", "heavy", "back", "knee*", "shoulder*"];

    /// <summary>Areas where heavy lifting is common.</summary>
    public static readonly IReadOnlyList<string> HeavyAreas = ["elderly-care", "cleaning"];

    /// <summary>Every area with its score and reasons, best first (ties in table order); areas with no points are left out.</summary>
    public static IReadOnlyList<WorkAreaSuggestion> Score(InterestAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var positive = Normalize(string.Join(" . ", answers.Interests, answers.Background, answers.GoodAt));
        var avoid = Normalize(answers.Avoid);
        var heavy = answers.SharesHealth && Matches(Normalize(answers.Health), HeavyLiftingWords).Count > 0;
        var scored = new List<(int Order, WorkAreaSuggestion Suggestion)>();
        for (var i = 0; i < Table.Count; i++)
        {
            var (area, words) = Table[i];
            var reasons = new List<ScoreReason>();
            if (answers.PreferredAreas.Contains(area, StringComparer.Ordinal))
            {
                reasons.Add(new ScoreReason(ReasonKind.Chosen, ChosenPoints, []));
            }

            var wrote = Matches(positive, words).Take(MaxWordsCounted).ToList();
            if (wrote.Count > 0)
            {
                reasons.Add(new ScoreReason(ReasonKind.Wrote, WordPoints * wrote.Count, wrote));
            }

            var avoided = Matches(avoid, words);
            if (avoided.Count > 0)
            {
                reasons.Add(new ScoreReason(ReasonKind.Avoid, AvoidPoints, avoided));
            }

            if (heavy && HeavyAreas.Contains(area, StringComparer.Ordinal))
            {
                reasons.Add(new ScoreReason(ReasonKind.HeavyLifting, HeavyLiftingPoints, []));
            }

            if (answers.DrivingLicence == false && area == "elderly-care")
            {
                reasons.Add(new ScoreReason(ReasonKind.NoLicence, NoLicencePoints, []));
            }

            var score = reasons.Sum(r => r.Points);
            if (score > 0)
            {
                scored.Add((i, new WorkAreaSuggestion(area, score, reasons)));
            }
        }

        return [.. scored.OrderByDescending(s => s.Suggestion.Score).ThenBy(s => s.Order).Select(s => s.Suggestion)];
    }

    /// <summary>The words of <paramref name="table"/> that occur in <paramref name="text"/> (normalised), as the trainee wrote them (the whole word for a word start), in the order they wrote them.</summary>
    internal static List<string> Matches(string text, IEnumerable<string> table)
    {
        var found = new List<(string Word, int At)>();
        if (text.Length == 0)
        {
            return [];
        }

        foreach (var entry in table)
        {
            var prefix = entry.EndsWith('*');
            var word = Normalize(prefix ? entry[..^1] : entry).Trim();
            string? written = null;
            var writtenAt = -1;
            for (var at = text.IndexOf(' ' + word, StringComparison.Ordinal); at >= 0 && written is null; at = text.IndexOf(' ' + word, at + 1, StringComparison.Ordinal))
            {
                var end = at + 1 + word.Length;
                if (prefix)
                {
                    end = text.IndexOf(' ', end);
                }

                if (end >= 0 && end <= text.Length && (end == text.Length || text[end] == ' '))
                {
                    written = text[(at + 1)..end];
                    writtenAt = at;
                }
            }

            if (written is not null && !found.Any(f => f.Word == written))
            {
                found.Add((written, writtenAt));
            }
        }

        // A word inside a longer match counts once: "laga mat" is not also "mat".
        return [.. found
            .Where(word => !found.Any(other => other.Word != word.Word && $" {other.Word} ".Contains($" {word.Word} ", StringComparison.Ordinal)))
            .OrderBy(word => word.At)
            .Select(word => word.Word)];
    }

    /// <summary>Lower case, letters and digits only, single spaces, with a leading and trailing space; é → e but å, ä, ö kept.</summary>
    internal static string Normalize(string? text)
    {
        var builder = new StringBuilder(" ");
        foreach (var c in (text ?? string.Empty).ToLower(CultureInfo.InvariantCulture))
        {
            var letter = c switch
            {
                'é' or 'è' or 'ê' => 'e',
                'á' or 'à' => 'a',
                'ü' => 'u',
                _ => c,
            };
            if (char.IsLetterOrDigit(letter))
            {
                builder.Append(letter);
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.Length == 1 ? string.Empty : builder.ToString();
    }
}
