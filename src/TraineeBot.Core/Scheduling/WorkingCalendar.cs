namespace TraineeBot.Core.Scheduling;

/// <summary>
/// Working days and working hours in one time zone (by default Europe/Stockholm, 08:00–17:00, Monday to Friday except
/// <see cref="SwedishHolidays"/>). Instants are <see cref="DateTimeOffset"/>s (results are in UTC); days and times of
/// day are local.
/// </summary>
/// <remarks>
/// The working time of a working day is the instants from <see cref="ToUtc"/>(day, start) up to, not including,
/// <see cref="ToUtc"/>(day, end). Summer time changes happen at night, outside any sensible working hours, so that is
/// exactly "the local time is in [start, end)"; with working hours that straddle a change the instants rule.
/// </remarks>
public sealed class WorkingCalendar
{
    // No UTC offset is more than 14 hours from UTC, so a local time is always within 15 hours of its instant.
    private static readonly TimeSpan OffsetBound = TimeSpan.FromHours(15);

    public WorkingCalendar(SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.WorkdayStart >= options.WorkdayEnd)
        {
            throw new ArgumentException(
                $"Scheduling:WorkdayStart ({options.WorkdayStart:HH\\:mm}) must be before Scheduling:WorkdayEnd ({options.WorkdayEnd:HH\\:mm}).", nameof(options));
        }

        try
        {
            Zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Scheduling:TimeZone '{options.TimeZone}' is not a time zone this system knows.", nameof(options), e);
        }

        WorkdayStart = options.WorkdayStart;
        WorkdayEnd = options.WorkdayEnd;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>The start of working hours, local time (inclusive).</summary>
    public TimeOnly WorkdayStart { get; }

    /// <summary>The end of working hours, local time (exclusive).</summary>
    public TimeOnly WorkdayEnd { get; }

    /// <summary>Not a Saturday or Sunday and not in <see cref="SwedishHolidays"/> (which includes midsommarafton, julafton and nyårsafton).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A calendar's question; shared API, and other calendars may have other days off.")]
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !SwedishHolidays.IsHoliday(date);

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="date"/> (before it when negative), not counting
    /// <paramref name="date"/> itself. 0 gives <paramref name="date"/> when it is a working day, else the next working day.
    /// Never a non-working day; non-decreasing in both <paramref name="date"/> and <paramref name="days"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        var day = date;
        if (days == 0)
        {
            while (!IsWorkingDay(day))
            {
                day = day.AddDays(1);
            }

            return day;
        }

        var step = Math.Sign(days);
        for (var left = Math.Abs((long)days); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>
    /// The instant (in UTC) of a local date and time. A time that does not exist (in the spring gap, e.g. 02:30 on the
    /// last Sunday of March in Stockholm) moves forward to the first instant after the gap (03:00 local); a time that
    /// happens twice (in the autumn, e.g. 02:30 on the last Sunday of October) is taken the first time (summer time).
    /// </summary>
    public DateTimeOffset ToUtc(DateOnly localDate, TimeOnly localTime)
    {
        var local = localDate.ToDateTime(localTime, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            return FirstInstantAtOrAfter(local);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The local date of an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    /// <summary>The local time of day of an instant.</summary>
    public TimeOnly LocalTime(DateTimeOffset instant) => TimeOnly.FromDateTime(ToLocal(instant));

    /// <summary>The local wall-clock date and time of an instant.</summary>
    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>Whether <paramref name="instant"/> is in working time: on a working day, within working hours, and not in any away period.</summary>
    public bool IsWorkingInstant(DateTimeOffset instant, IReadOnlyCollection<AwayPeriod>? away = null)
    {
        var day = LocalDate(instant);
        return IsWorkingDay(day) && !IsAway(day, away) && ToUtc(day, WorkdayStart) <= instant && instant < ToUtc(day, WorkdayEnd);
    }

    /// <summary>
    /// The first instant at or after <paramref name="earliest"/> that is on a working day, within
    /// [<see cref="WorkdayStart"/>, <see cref="WorkdayEnd"/>) local time, and not in any away period.
    /// So 09:00 on midsommarafton (a Friday) becomes 08:00 on the Monday after; 17:30 on a Tuesday becomes 08:00 on
    /// Wednesday; 10:15 on a Tuesday stays.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no working time left before the end of the calendar (year 9999).</exception>
    public DateTimeOffset NextWorkingInstant(DateTimeOffset earliest, IReadOnlyCollection<AwayPeriod>? away = null) =>
        TryNextWorkingInstant(earliest, away)
        ?? throw new InvalidOperationException($"No working time at or after {earliest:O} (away periods cover the rest of the calendar).");

    /// <summary>Like <see cref="NextWorkingInstant"/>, but null when there is no working time left in the calendar.</summary>
    public DateTimeOffset? TryNextWorkingInstant(DateTimeOffset earliest, IReadOnlyCollection<AwayPeriod>? away = null)
    {
        var day = LocalDate(earliest);
        while (true)
        {
            if (AwayUntil(day, away) is { } lastAwayDay)
            {
                if (lastAwayDay == DateOnly.MaxValue)
                {
                    return null;
                }

                day = lastAwayDay.AddDays(1);
                continue;
            }

            if (IsWorkingDay(day))
            {
                var start = ToUtc(day, WorkdayStart);
                var end = ToUtc(day, WorkdayEnd);
                if (start < end && earliest < end)
                {
                    return start > earliest ? start : earliest.ToUniversalTime();
                }
            }

            if (day == DateOnly.MaxValue)
            {
                return null;
            }

            day = day.AddDays(1);
        }
    }

    /// <summary>
    /// The instant at which <paramref name="duration"/> of working time has passed since <paramref name="start"/>
    /// (for "within 1 working hour" deadlines), skipping nights, weekends and holidays. A deadline reached exactly at
    /// the end of a working day is that end (17:00), not the next morning. A zero duration gives <paramref name="start"/>.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        if (duration == TimeSpan.Zero)
        {
            return start.ToUniversalTime();
        }

        var left = duration;
        var at = NextWorkingInstant(start);
        while (true)
        {
            var end = ToUtc(LocalDate(at), WorkdayEnd);
            var available = end - at;
            if (left <= available)
            {
                return (at + left).ToUniversalTime();
            }

            left -= available;
            at = NextWorkingInstant(end);
        }
    }

    /// <summary>How much working time lies in [<paramref name="from"/>, <paramref name="to"/>); zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        var last = LocalDate(to);
        for (var day = LocalDate(from); ; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                var start = ToUtc(day, WorkdayStart);
                var end = ToUtc(day, WorkdayEnd);
                var overlapStart = start > from ? start : from;
                var overlapEnd = end < to ? end : to;
                if (overlapEnd > overlapStart)
                {
                    total += overlapEnd - overlapStart;
                }
            }

            if (day >= last)
            {
                return total;
            }
        }
    }

    internal static bool IsAway(DateOnly day, IReadOnlyCollection<AwayPeriod>? away) => away is not null && away.Any(period => period.Contains(day));

    /// <summary>The last day of the away periods that cover <paramref name="day"/>, or null when none does.</summary>
    private static DateOnly? AwayUntil(DateOnly day, IReadOnlyCollection<AwayPeriod>? away)
    {
        DateOnly? last = null;
        foreach (var period in away ?? [])
        {
            if (period.Contains(day) && (last is null || period.To > last))
            {
                last = period.To;
            }
        }

        return last;
    }

    /// <summary>The first instant whose local time is at or after <paramref name="local"/>, for a local time in a gap.</summary>
    private DateTimeOffset FirstInstantAtOrAfter(DateTime local)
    {
        // Around a gap the local clock only moves forward, so a binary search over instants finds where it passes `local`.
        var low = local.Ticks - OffsetBound.Ticks;
        var high = local.Ticks + OffsetBound.Ticks;
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (TimeZoneInfo.ConvertTimeFromUtc(new DateTime(middle, DateTimeKind.Utc), Zone) >= local)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return new DateTimeOffset(high, TimeSpan.Zero);
    }
}
