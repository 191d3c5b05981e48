using System.Globalization;

namespace TraineeBot.Core.Scheduling;

/// <summary>
/// Turns a <see cref="ScheduleRule"/> and a person's <see cref="ScheduleAnchors"/> into occurrences, one at a time.
/// Pure: the same rule, anchors, away periods and arguments always give the same answer.
/// </summary>
/// <remarks>
/// Each candidate of a rule has a nominal date (what it is about) and a send date: the nominal date for
/// <see cref="ScheduleRule.Every"/> and <see cref="ScheduleRule.Offsets"/>, and
/// <see cref="WorkingCalendar.AddWorkingDays"/>(anchor, −WorkingDays) for <see cref="ScheduleRule.WorkingDaysBefore"/>.
/// Its unshifted time is <see cref="WorkingCalendar.ToUtc"/>(send date, <see cref="ScheduleRule.At"/>), and it is due
/// at <see cref="WorkingCalendar.NextWorkingInstant"/>(unshifted time, away periods).
/// <para>
/// A candidate is <b>superseded</b> and dropped when its due time is not before the next candidate's unshifted time,
/// or when it would go out on the same local day as the next candidate. So a long away period or a run of holidays
/// gives one message (the latest), never several at once: a daily 09:00 message does not send Sunday's at 08:00 on
/// Monday and Monday's at 09:00, and someone back from three weeks away gets one check-in, not three.
/// </para>
/// </remarks>
public sealed class OccurrencePlanner
{
    private readonly WorkingCalendar calendar;

    public OccurrencePlanner(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        this.calendar = calendar;
    }

    /// <summary>
    /// The first occurrence with NominalDate &gt; <paramref name="afterNominal"/> (null: from the beginning) and
    /// DueUtc ≥ <paramref name="notBefore"/> that is not superseded (see the remarks on the class), or null when the
    /// rule has no more. DueUtc is in working time, at or after the unshifted time.
    /// Call again with the returned NominalDate as <paramref name="afterNominal"/> to walk the occurrences; nominal
    /// dates and due times then strictly increase.
    /// </summary>
    public Occurrence? Next(
        ScheduleRule rule, ScheduleAnchors anchors, DateOnly? afterNominal, DateTimeOffset notBefore, IReadOnlyCollection<AwayPeriod>? away = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(anchors);

        // A candidate whose successor is sent before this day cannot be returned: it is either superseded or due before
        // notBefore. (One day of slack for zones whose clocks change at midnight.)
        var cutoff = calendar.LocalDate(notBefore) is var day && day > DateOnly.MinValue ? day.AddDays(-1) : day;
        using var candidates = Candidates(rule, anchors, afterNominal, cutoff).GetEnumerator();
        if (!candidates.MoveNext())
        {
            return null;
        }

        var current = candidates.Current;
        DateTimeOffset? currentDue = null;
        var currentDueKnown = false;
        while (true)
        {
            var hasNext = candidates.MoveNext();
            var next = hasNext ? candidates.Current : default;
            if (hasNext && next.Send < cutoff)
            {
                (current, currentDueKnown) = (next, false);
                continue;
            }

            var due = currentDueKnown ? currentDue : Due(rule, current.Send, away);
            if (due is null)
            {
                // No working time is left in the calendar, for this candidate or any later one.
                return null;
            }

            var nextDue = hasNext ? Due(rule, next.Send, away) : null;
            var superseded = hasNext
                && (due >= calendar.ToUtc(next.Send, rule.At)
                    || (nextDue is { } later && calendar.LocalDate(later) == calendar.LocalDate(due.Value)));
            if (!superseded && due >= notBefore)
            {
                return new Occurrence(current.Nominal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), current.Nominal, due.Value);
            }

            if (!hasNext)
            {
                return null;
            }

            (current, currentDue, currentDueKnown) = (next, nextDue, true);
        }
    }

    private DateTimeOffset? Due(ScheduleRule rule, DateOnly send, IReadOnlyCollection<AwayPeriod>? away) =>
        calendar.TryNextWorkingInstant(calendar.ToUtc(send, rule.At), away);

    /// <summary>The rule's candidates with a nominal date after <paramref name="afterNominal"/>, by nominal date (send dates never decrease).</summary>
    private IEnumerable<(DateOnly Nominal, DateOnly Send)> Candidates(ScheduleRule rule, ScheduleAnchors anchors, DateOnly? afterNominal, DateOnly cutoff) =>
        rule switch
        {
            ScheduleRule.Every every => Every(every, anchors, afterNominal, cutoff),
            ScheduleRule.WorkingDaysBefore before => WorkingDaysBefore(before, anchors, afterNominal),
            ScheduleRule.Offsets offsets => Offsets(offsets, anchors, afterNominal),
            _ => throw new ArgumentException($"Unknown kind of schedule rule: {rule.GetType().Name}.", nameof(rule)),
        };

    private static IEnumerable<(DateOnly, DateOnly)> Every(ScheduleRule.Every rule, ScheduleAnchors anchors, DateOnly? afterNominal, DateOnly cutoff)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rule.Days, 1, nameof(rule));
        var from = anchors.Get(rule.From);
        if (from.Count == 0)
        {
            yield break;
        }

        var first = from[0].DayNumber;
        var last = anchors.Get(rule.Until) is { Count: > 0 } until ? until[^1].DayNumber : DateOnly.MaxValue.DayNumber;

        // Start at the first k whose date is after afterNominal, and skip the ones that end before the cutoff.
        long k = 1;
        if (afterNominal is { } after)
        {
            k = Math.Max(k, FloorDiv(after.DayNumber - first, rule.Days) + 1);
        }

        k = Math.Max(k, FloorDiv(cutoff.DayNumber - first, rule.Days) - 1);
        for (; first + (k * rule.Days) <= last; k++)
        {
            var date = DateOnly.FromDayNumber((int)(first + (k * rule.Days)));
            yield return (date, date);
        }
    }

    private IEnumerable<(DateOnly, DateOnly)> WorkingDaysBefore(ScheduleRule.WorkingDaysBefore rule, ScheduleAnchors anchors, DateOnly? afterNominal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rule.WorkingDays, nameof(rule));
        foreach (var date in anchors.Get(rule.Each).Where(date => afterNominal is null || date > afterNominal))
        {
            yield return (date, calendar.AddWorkingDays(date, -rule.WorkingDays));
        }
    }

    private static IEnumerable<(DateOnly, DateOnly)> Offsets(ScheduleRule.Offsets rule, ScheduleAnchors anchors, DateOnly? afterNominal)
    {
        ArgumentNullException.ThrowIfNull(rule.Steps, nameof(rule));
        var dates = new SortedSet<DateOnly>();
        foreach (var anchor in anchors.Get(rule.After))
        {
            foreach (var step in rule.Steps)
            {
                if (TryApply(step, anchor) is { } date && (afterNominal is null || date > afterNominal))
                {
                    dates.Add(date);
                }
            }
        }

        return dates.Select(date => (date, date));
    }

    private static DateOnly? TryApply(DateOffset offset, DateOnly date)
    {
        try
        {
            return offset.ApplyTo(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Beyond the calendar (years 1–9999): no such occurrence.
            return null;
        }
    }

    private static long FloorDiv(long value, long divisor)
    {
        var quotient = Math.DivRem(value, divisor, out var remainder);
        return remainder < 0 ? quotient - 1 : quotient;
    }
}
