using FsCheck;
using FsCheck.Fluent;
using TraineeBot.Core.Scheduling;
using static TraineeBot.UnitTests.Scheduling.SchedulingFixtures;

namespace TraineeBot.UnitTests.Scheduling;

/// <summary>Properties of the calendar over random instants and dates in 2020–2040, biased to DST changes, holidays and working-hour edges.</summary>
public sealed class WorkingCalendarPropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(500);

    /// <summary>Shorter than any working day, so stepping by it from the input cannot jump over a whole working window.</summary>
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(10);

    [Fact]
    public void Next_working_instant_is_the_first_instant_in_working_time_at_or_after_the_input()
    {
        var cases = from earliest in Instants
                    from away in AwayNear(DateOnly.FromDateTime(earliest.UtcDateTime))
                    select (earliest, away);

        Check.One(Quick, Prop.ForAll(Arb.From(cases), input =>
        {
            var (earliest, away) = input;
            var next = Calendar.NextWorkingInstant(earliest, away);

            // In working time: a working day, not a weekend or holiday, 08:00 <= local time < 17:00, not away.
            Assert.True(QualifiesByWallClock(next, away), $"{next:O} is not in working time");
            Assert.True(Calendar.IsWorkingInstant(next, away));
            Assert.True(next >= earliest);
            Assert.Equal(TimeSpan.Zero, next.Offset);

            // The first: either the input itself, or the start of a working window (the second before is not working
            // time), and no instant on a 10-minute grid from the input up to it is working time.
            if (next > earliest)
            {
                Assert.False(QualifiesByWallClock(next.AddSeconds(-1), away), $"{next:O} is not where working time starts");
                Assert.Equal(Calendar.WorkdayStart, Calendar.LocalTime(next));
            }

            for (var probe = earliest; probe < next; probe += Step)
            {
                Assert.False(QualifiesByWallClock(probe, away), $"{probe:O} is working time before {next:O} (from {earliest:O})");
            }
        }));
    }

    [Fact]
    public void A_local_date_and_time_converts_to_an_instant_with_that_local_date_and_time()
    {
        Check.One(Quick, Prop.ForAll(Arb.From(LocalDateTimes), input =>
        {
            var (date, time) = input;
            var local = date.ToDateTime(time);
            var instant = Calendar.ToUtc(date, time);
            var back = TimeZoneInfo.ConvertTime(instant, Stockholm).DateTime;

            Assert.Equal(TimeSpan.Zero, instant.Offset);
            Assert.Equal(date, Calendar.LocalDate(instant));
            if (Stockholm.IsInvalidTime(local))
            {
                // In the spring gap: the first instant after it, whose local time is the end of the gap.
                Assert.True(back > local);
                Assert.True(TimeZoneInfo.ConvertTime(instant.AddTicks(-1), Stockholm).DateTime < local);
                Assert.Equal(new TimeOnly(3, 0), TimeOnly.FromDateTime(back));
            }
            else if (Stockholm.IsAmbiguousTime(local))
            {
                // Twice in the autumn: the first time, in summer time; an hour later the clock shows it again.
                Assert.Equal(local, back);
                Assert.Equal(TimeSpan.FromHours(2), Stockholm.GetUtcOffset(instant));
                Assert.Equal(local, TimeZoneInfo.ConvertTime(instant.AddHours(1), Stockholm).DateTime);
            }
            else
            {
                Assert.Equal(local, back);
            }
        }));
    }

    [Fact]
    public void An_instant_converts_to_a_local_date_and_time_and_back()
    {
        Check.One(Quick, Prop.ForAll(Arb.From(Instants), instant =>
        {
            var back = Calendar.ToUtc(Calendar.LocalDate(instant), Calendar.LocalTime(instant));
            var secondTime = Stockholm.IsAmbiguousTime(instant) && Stockholm.GetUtcOffset(instant) == Stockholm.BaseUtcOffset;

            // The second of two instants with the same local time comes back as the first.
            Assert.Equal(secondTime ? instant.AddHours(-1) : instant, back);
        }));
    }

    [Fact]
    public void Adding_working_days_lands_on_a_working_day_the_right_number_of_working_days_away_and_is_monotone()
    {
        var cases = from date in Dates
                    from later in Gen.Choose(0, 20)
                    from days in Gen.Choose(-30, 30)
                    from more in Gen.Choose(0, 5)
                    select (date, date.AddDays(later), days, more);

        Check.One(Quick, Prop.ForAll(Arb.From(cases), input =>
        {
            var (date, later, days, more) = input;
            var result = Calendar.AddWorkingDays(date, days);

            Assert.True(Calendar.IsWorkingDay(result));
            Assert.True(Calendar.AddWorkingDays(later, days) >= result, "not monotone in the date");
            Assert.True(Calendar.AddWorkingDays(date, days + more) >= result, "not monotone in the number of days");
            if (days > 0)
            {
                Assert.Equal(days, WorkingDaysIn(date.AddDays(1), result));
            }
            else if (days < 0)
            {
                Assert.Equal(-days, WorkingDaysIn(result, date.AddDays(-1)));
            }
            else
            {
                Assert.Equal(0, WorkingDaysIn(date, result.AddDays(-1)));
            }
        }));
    }

    [Fact]
    public void Adding_working_time_gives_the_first_instant_with_that_much_working_time_since_the_start()
    {
        var cases = from start in Instants
                    from minutes in Gen.Choose(1, 60 * 30)
                    select (start, TimeSpan.FromMinutes(minutes));

        Check.One(Quick, Prop.ForAll(Arb.From(cases), input =>
        {
            var (start, duration) = input;
            var end = Calendar.AddWorkingTime(start, duration);

            Assert.Equal(duration, Calendar.WorkingTimeBetween(start, end));
            Assert.True(Calendar.WorkingTimeBetween(start, end.AddTicks(-1)) < duration);
            Assert.True(Calendar.IsWorkingInstant(end.AddTicks(-1)), $"{end:O} does not end working time");
        }));
    }

    private static int WorkingDaysIn(DateOnly first, DateOnly last)
    {
        var count = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            count += day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || SwedishHolidays.IsHoliday(day) ? 0 : 1;
        }

        return count;
    }
}
