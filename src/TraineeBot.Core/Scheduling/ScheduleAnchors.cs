using System.Collections.Frozen;
using System.Text.Json;

namespace TraineeBot.Core.Scheduling;

/// <summary>
/// The named dates schedule rules refer to, for one person: "start" and "end" (of the programme or placement; one
/// date each), "renewals" (contract renewals; many) and "midpoints" (the middle of each contract period; many). A name that is absent has no dates, and a rule that needs it
/// has no occurrences. Dates are local (Stockholm) dates.
/// </summary>
public sealed class ScheduleAnchors
{
    public const string Start = "start";
    public const string End = "end";
    public const string Renewals = "renewals";

    /// <summary>The middle day of each contract period (many).</summary>
    public const string Midpoints = "midpoints";

    private readonly FrozenDictionary<string, DateOnly[]> dates;

    /// <param name="dates">Dates by name; each list is sorted and made distinct here, and names with no dates are left out.</param>
    public ScheduleAnchors(IReadOnlyDictionary<string, IReadOnlyList<DateOnly>> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        this.dates = dates
            .Where(pair => pair.Value is { Count: > 0 })
            .ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Distinct().Order().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The names rule definitions may use; <see cref="ScheduleCatalog"/> refuses any other (so a typo is caught at start).</summary>
    public static IReadOnlySet<string> KnownNames { get; } = new[] { Start, End, Renewals, Midpoints }.ToFrozenSet(StringComparer.Ordinal);

    public static ScheduleAnchors Empty { get; } = new(new Dictionary<string, IReadOnlyList<DateOnly>>());

    /// <summary>The names that have at least one date, in ordinal order.</summary>
    public IReadOnlyList<string> Names => [.. dates.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The dates of <paramref name="name"/>, sorted and distinct; empty when absent.</summary>
    public IReadOnlyList<DateOnly> Get(string name) => dates.GetValueOrDefault(name) ?? [];

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="values"/> (none removes it).</summary>
    public ScheduleAnchors With(string name, params IEnumerable<DateOnly> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        var copy = dates.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<DateOnly>)pair.Value, StringComparer.Ordinal);
        copy[name] = [.. values];
        return new ScheduleAnchors(copy);
    }

    /// <summary>The dates as JSON, names in ordinal order: <c>{"end":["2026-12-31"],"renewals":["2026-03-01","2026-06-01"],"start":["2026-01-12"]}</c>.</summary>
    public string ToJson()
    {
        var ordered = new SortedDictionary<string, DateOnly[]>(dates, StringComparer.Ordinal);
        return JsonSerializer.Serialize(ordered);
    }

    /// <summary>Reads what <see cref="ToJson"/> wrote.</summary>
    /// <exception cref="JsonException">The text is not an object of names to arrays of "yyyy-MM-dd" dates.</exception>
    public static ScheduleAnchors FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var read = JsonSerializer.Deserialize<Dictionary<string, DateOnly[]?>>(json)
            ?? throw new JsonException("Schedule anchors must be a JSON object of names to arrays of dates, not null.");
        return new ScheduleAnchors(read.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<DateOnly>)(pair.Value ?? []), StringComparer.Ordinal));
    }

    public override string ToString() => ToJson();
}
