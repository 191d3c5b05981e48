using System.Diagnostics.CodeAnalysis;

namespace TraineeBot.Core.Scheduling;

/// <summary>
/// When a schedule sends: which dates (relative to the named dates in <see cref="ScheduleAnchors"/>) and at what local
/// time of day (<see cref="At"/>). <see cref="OccurrencePlanner"/> turns a rule into occurrences.
/// </summary>
[SuppressMessage("Design", "CA1034:Nested types should not be visible", Justification = "The rule kinds are read as ScheduleRule.Every etc.; the shape is shared API.")]
public abstract record ScheduleRule(TimeOnly At)
{
    /// <summary>
    /// Every <paramref name="Days"/> days from the anchor <paramref name="From"/> (its earliest date): the first
    /// occurrence is on From + Days, then From + 2·Days, …; none after the anchor <paramref name="Until"/> (its latest
    /// date) when that anchor has a date. No occurrences when <paramref name="From"/> has no date.
    /// </summary>
    public sealed record Every(int Days, TimeOnly At, string From = ScheduleAnchors.Start, string Until = ScheduleAnchors.End) : ScheduleRule(At);

    /// <summary><paramref name="WorkingDays"/> working days before each date of the anchor <paramref name="Each"/> (e.g. "renewals").</summary>
    public sealed record WorkingDaysBefore(int WorkingDays, string Each, TimeOnly At) : ScheduleRule(At);

    /// <summary>
    /// At each offset after each date of the anchor <paramref name="After"/>: e.g. 3, 6 and 12 months after "end", or
    /// "-1 day" for the day before "start".
    /// </summary>
    public sealed record Offsets(string After, IReadOnlyList<DateOffset> Steps, TimeOnly At) : ScheduleRule(At);
}
