using System.Globalization;

namespace TraineeBot.Core.Scheduling;

/// <summary>
/// Reads amounts written as numbers with units, in English or Swedish: "3 months", "-1 day", "1 month and 14 days",
/// "2 veckor", "12 timmar". Units are matched case-insensitively; a missing unit or an unknown word fails.
/// </summary>
internal static class Quantities
{
    public enum Unit
    {
        Minute,
        Hour,
        Day,
        Week,
        Month,
        Year,
    }

    private static readonly (Unit Unit, string[] Words)[] UnitWords =
    [
        (Unit.Minute, ["minute", "minutes", "min", "minut", "minuter"]),
        (Unit.Hour, ["hour", "hours", "h", "timme", "timmar"]),
        (Unit.Day, ["day", "days", "dag", "dagar"]),
        (Unit.Week, ["week", "weeks", "vecka", "veckor"]),
        (Unit.Month, ["month", "months", "månad", "månader"]),
        (Unit.Year, ["year", "years", "år"]),
    ];

    private static readonly Dictionary<string, Unit> Units = UnitWords
        .SelectMany(entry => entry.Words.Select(word => (word, entry.Unit)))
        .ToDictionary(pair => pair.word, pair => pair.Unit, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "and", "och", "+" };

    /// <summary>The (number, unit) pairs of <paramref name="text"/>, or null when it is not a list of such pairs.</summary>
    public static List<(int Number, Unit Unit)>? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = text.Replace(',', ' ').Replace('\u2212', '-').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !Joiners.Contains(word))
            .ToList();
        if (words.Count == 0 || words.Count % 2 != 0)
        {
            return null;
        }

        var pairs = new List<(int, Unit)>();
        for (var i = 0; i < words.Count; i += 2)
        {
            if (!int.TryParse(words[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                || !Units.TryGetValue(words[i + 1], out var unit))
            {
                return null;
            }

            pairs.Add((number, unit));
        }

        return pairs;
    }

    /// <summary>A length of time ("2 days", "12 hours", "1 week"); months and years are not fixed lengths, so they fail.</summary>
    public static TimeSpan? Duration(string? text)
    {
        if (Read(text) is not { } pairs || pairs.Any(pair => pair.Unit is Unit.Month or Unit.Year))
        {
            return null;
        }

        try
        {
            return pairs.Aggregate(TimeSpan.Zero, (sum, pair) => sum + (pair.Unit switch
            {
                Unit.Minute => TimeSpan.FromMinutes(pair.Number),
                Unit.Hour => TimeSpan.FromHours(pair.Number),
                Unit.Day => TimeSpan.FromDays(pair.Number),
                _ => TimeSpan.FromDays(7L * pair.Number),
            }));
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
