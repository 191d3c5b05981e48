using FsCheck;
using FsCheck.Fluent;
using TraineeBot.Core.Scheduling;

namespace TraineeBot.UnitTests.Scheduling;

/// <summary>The default calendar (Stockholm, 08:00–17:00), instants written as local times, and generators for 2020–2040.</summary>
internal static class SchedulingFixtures
{
    public static readonly WorkingCalendar Calendar = new(new SchedulingOptions());

    public static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    private static readonly DateOnly FirstDay = new(2020, 1, 1);
    private static readonly DateOnly LastDay = new(2040, 12, 31);

    /// <summary>A Stockholm wall-clock time that exists and happens once, as an instant.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Stockholm.GetUtcOffset(local));
    }

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>Independent of <see cref="WorkingCalendar"/>: is the instant's Stockholm wall-clock time in working time?</summary>
    public static bool QualifiesByWallClock(DateTimeOffset instant, IReadOnlyCollection<AwayPeriod> away)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Stockholm).DateTime;
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && SwedishHolidays.For(date.Year).All(holiday => holiday.Date != date)
            && time >= new TimeOnly(8, 0) && time < new TimeOnly(17, 0)
            && !away.Any(period => period.From <= date && date <= period.To);
    }

    public static Gen<DateOnly> Dates { get; } = Gen.Frequency([
        (3, Gen.Choose(0, LastDay.DayNumber - FirstDay.DayNumber).Select(days => FirstDay.AddDays(days))),
        (2, Gen.Elements(InterestingDays().ToArray()).Zip(Gen.Choose(-3, 3), (day, shift) => Clamp(day.AddDays(shift))))]);

    public static Gen<TimeOnly> Times { get; } = Gen.Frequency([
        (3, Gen.Choose(0, (24 * 60) - 1).Select(minutes => new TimeOnly(minutes / 60, minutes % 60))),
        (2, Gen.Elements(new TimeOnly(0, 0), new TimeOnly(2, 0), new TimeOnly(2, 30), new TimeOnly(3, 0), new TimeOnly(7, 59), new TimeOnly(8, 0),
            new TimeOnly(9, 0), new TimeOnly(16, 59), new TimeOnly(17, 0), new TimeOnly(23, 59)))]);

    /// <summary>The nights of the clock changes (last Sundays of March and October) between 00:00 and 05:00, to the minute.</summary>
    public static Gen<(DateOnly Date, TimeOnly Time)> ClockChangeNights { get; } =
        from year in Gen.Choose(FirstDay.Year, LastDay.Year)
        from month in Gen.Elements(3, 10)
        from minutes in Gen.Choose(0, 5 * 60)
        select (LastSunday(year, month), new TimeOnly(minutes / 60, minutes % 60));

    /// <summary>Local dates and times in 2020–2040, a third of them in the night of a clock change.</summary>
    public static Gen<(DateOnly Date, TimeOnly Time)> LocalDateTimes { get; } = Gen.Frequency([(2, Dates.Zip(Times)), (1, ClockChangeNights)]);

    /// <summary>Instants in 2020–2040 to the second, many near working-hour edges, DST changes and holidays.</summary>
    public static Gen<DateTimeOffset> Instants { get; } = Gen.Frequency([
        (4, from date in Dates
            from time in Times
            from minutes in Gen.Choose(-90, 90)
            from seconds in Gen.Choose(0, 59)
            select At(date, time).AddMinutes(minutes).AddSeconds(seconds)),
        (1, from night in ClockChangeNights
            from seconds in Gen.Choose(0, 59)
            select At(night.Date, night.Time).AddSeconds(seconds)),
        (1, from night in ClockChangeNights
            from seconds in Gen.Choose(0, 59)
            select At(night.Date, night.Time).AddHours(1).AddSeconds(seconds))]);

    /// <summary>Zero to three away periods of up to 25 days, starting within 20 days of <paramref name="near"/>.</summary>
    public static Gen<AwayPeriod[]> AwayNear(DateOnly near) =>
        from count in Gen.Choose(0, 3)
        from periods in Gen.Choose(-20, 20).Zip(Gen.Choose(0, 24), (start, length) => new AwayPeriod(near.AddDays(start), near.AddDays(start + length))).ArrayOf(count)
        select periods;

    /// <summary>The instant of a local date and time, independent of <see cref="WorkingCalendar.ToUtc"/> (a time in the spring gap is read as winter time).</summary>
    private static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var offset = Stockholm.IsInvalidTime(local) ? Stockholm.BaseUtcOffset : Stockholm.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private static DateOnly Clamp(DateOnly date) => date < FirstDay ? FirstDay : date > LastDay ? LastDay : date;

    /// <summary>Days around which things happen: DST changes, holidays, year ends.</summary>
    private static List<DateOnly> InterestingDays()
    {
        var days = new List<DateOnly>();
        for (var year = FirstDay.Year; year <= LastDay.Year; year++)
        {
            days.Add(LastSunday(year, 3));
            days.Add(LastSunday(year, 10));
            days.AddRange(SwedishHolidays.For(year).Select(holiday => holiday.Date));
        }

        return days;
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
