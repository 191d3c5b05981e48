using TraineeBot.Core.Scheduling;
using static TraineeBot.UnitTests.Scheduling.SchedulingFixtures;

namespace TraineeBot.UnitTests.Scheduling;

public sealed class WorkingCalendarTests
{
    [Fact]
    public void The_default_calendar_is_Stockholm_from_8_to_17()
    {
        Assert.Equal(new TimeOnly(8, 0), Calendar.WorkdayStart);
        Assert.Equal(new TimeOnly(17, 0), Calendar.WorkdayEnd);
        Assert.Equal(TimeSpan.FromHours(1), Calendar.Zone.BaseUtcOffset);
    }

    [Fact]
    public void Working_hours_must_start_before_they_end()
    {
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(new SchedulingOptions { WorkdayStart = new(17, 0), WorkdayEnd = new(8, 0) }));

        Assert.StartsWith("Scheduling:WorkdayStart (17:00) must be before Scheduling:WorkdayEnd (08:00).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_its_name()
    {
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(new SchedulingOptions { TimeZone = "Europe/Atlantis" }));

        Assert.Contains("'Europe/Atlantis'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-06-19", false)] // midsommarafton, a Friday
    [InlineData("2026-06-18", true)]
    [InlineData("2026-06-06", false)] // national day, a Saturday
    [InlineData("2026-05-14", false)] // Ascension, a Thursday
    [InlineData("2026-05-15", true)] // the Friday after (klämdag: a working day)
    [InlineData("2026-12-24", false)]
    [InlineData("2026-12-31", false)]
    [InlineData("2026-12-30", true)]
    [InlineData("2026-03-28", false)] // a Saturday
    public void Working_days_are_weekdays_that_are_not_holidays(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(Date(date)));

    [Fact]
    public void Ten_working_days_before_a_renewal_on_28_December_2026_skip_Christmas()
    {
        // 24 (julafton), 25, 26 and 27 December are not working days; the 10th working day back is Thursday 10 December.
        Assert.Equal(new DateOnly(2026, 12, 10), Calendar.AddWorkingDays(new DateOnly(2026, 12, 28), -10));
        Assert.Equal(new DateOnly(2026, 12, 23), Calendar.AddWorkingDays(new DateOnly(2026, 12, 28), -1));
    }

    [Theory]
    [InlineData("2026-06-18", 1, "2026-06-22")] // Thursday + 1: over midsommarafton and the weekend
    [InlineData("2026-06-19", 0, "2026-06-22")] // 0 on a day off: the next working day
    [InlineData("2026-06-18", 0, "2026-06-18")]
    [InlineData("2026-06-20", 1, "2026-06-22")] // counted from a Saturday: the first working day after it
    [InlineData("2026-06-20", -1, "2026-06-18")]
    [InlineData("2026-12-30", 1, "2027-01-04")] // over nyårsafton, nyårsdagen and the weekend
    [InlineData("2027-01-07", -1, "2027-01-05")] // back over trettondedag jul
    [InlineData("2026-04-02", 1, "2026-04-07")] // over Easter
    public void Working_days_are_counted_from_the_day_after(string date, int days, string expected) =>
        Assert.Equal(Date(expected), Calendar.AddWorkingDays(Date(date), days));

    [Fact]
    public void A_time_in_the_spring_gap_moves_forward_to_the_first_instant_after_it()
    {
        // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST, so 02:30 does not exist; the first instant after is 03:00 CEST.
        Assert.Equal(Utc(2026, 3, 29, 1, 0), Calendar.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)));
        Assert.Equal(Utc(2026, 3, 29, 1, 0), Calendar.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(2, 0)));
        Assert.Equal(Utc(2026, 3, 29, 1, 0), Calendar.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(3, 0)));
        Assert.Equal(Utc(2026, 3, 29, 0, 59), Calendar.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(1, 59)));
        Assert.Equal(TimeSpan.Zero, Calendar.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)).Offset);
    }

    [Fact]
    public void A_time_that_happens_twice_in_the_autumn_is_taken_the_first_time()
    {
        // 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET, so 02:30 happens at 00:30 and at 01:30 UTC.
        Assert.Equal(Utc(2026, 10, 25, 0, 30), Calendar.ToUtc(new DateOnly(2026, 10, 25), new TimeOnly(2, 30)));
        Assert.Equal(Utc(2026, 10, 25, 0, 0), Calendar.ToUtc(new DateOnly(2026, 10, 25), new TimeOnly(2, 0)));
        Assert.Equal(Utc(2026, 10, 25, 2, 0), Calendar.ToUtc(new DateOnly(2026, 10, 25), new TimeOnly(3, 0)));
        Assert.Equal(new DateOnly(2026, 10, 25), Calendar.LocalDate(Utc(2026, 10, 25, 1, 30)));
        Assert.Equal(new TimeOnly(2, 30), Calendar.LocalTime(Utc(2026, 10, 25, 1, 30)));
    }

    [Fact]
    public void Summer_and_winter_times_convert_with_their_offsets()
    {
        Assert.Equal(Utc(2026, 6, 18, 7, 0), Calendar.ToUtc(new DateOnly(2026, 6, 18), new TimeOnly(9, 0)));
        Assert.Equal(Utc(2026, 1, 15, 8, 0), Calendar.ToUtc(new DateOnly(2026, 1, 15), new TimeOnly(9, 0)));
        Assert.Equal(new DateOnly(2026, 1, 1), Calendar.LocalDate(Utc(2025, 12, 31, 23, 30)));
    }

    [Fact]
    public void Nine_oclock_on_midsummer_eve_moves_to_8_on_the_next_working_day()
    {
        var due = Calendar.NextWorkingInstant(Local(2026, 6, 19, 9, 0));

        Assert.Equal(Local(2026, 6, 22, 8, 0), due);
        Assert.Equal(Utc(2026, 6, 22, 6, 0), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Fact]
    public void Working_hours_end_before_17()
    {
        Assert.Equal(Local(2026, 6, 18, 16, 59), Calendar.NextWorkingInstant(Local(2026, 6, 18, 16, 59)));
        Assert.Equal(Local(2026, 6, 22, 8, 0), Calendar.NextWorkingInstant(Local(2026, 6, 18, 17, 0)));
        Assert.Equal(Local(2026, 6, 17, 8, 0), Calendar.NextWorkingInstant(Local(2026, 6, 17, 5, 0)));
        Assert.Equal(Local(2026, 6, 17, 10, 15), Calendar.NextWorkingInstant(Local(2026, 6, 17, 10, 15)));
        Assert.Equal(Local(2026, 12, 28, 8, 0), Calendar.NextWorkingInstant(Local(2026, 12, 23, 17, 30)));
    }

    [Fact]
    public void A_weekend_with_a_clock_change_ends_at_8_summer_time()
    {
        Assert.Equal(Utc(2026, 3, 30, 6, 0), Calendar.NextWorkingInstant(Local(2026, 3, 27, 17, 0)));
        Assert.Equal(Utc(2026, 10, 26, 7, 0), Calendar.NextWorkingInstant(Local(2026, 10, 23, 17, 0)));
    }

    [Fact]
    public void Away_periods_are_skipped_whole_and_may_overlap()
    {
        AwayPeriod[] away = [new(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 10)), new(new DateOnly(2026, 7, 8), new DateOnly(2026, 7, 17))];

        Assert.Equal(Local(2026, 7, 20, 8, 0), Calendar.NextWorkingInstant(Local(2026, 7, 2, 9, 0), away));
        Assert.Equal(Local(2026, 6, 30, 9, 0), Calendar.NextWorkingInstant(Local(2026, 6, 30, 9, 0), away));
        Assert.True(Calendar.IsWorkingInstant(Local(2026, 6, 30, 9, 0), away));
        Assert.False(Calendar.IsWorkingInstant(Local(2026, 7, 9, 9, 0), away));
    }

    [Fact]
    public void An_away_period_backwards_covers_no_day()
    {
        AwayPeriod[] away = [new(new DateOnly(2026, 7, 10), new DateOnly(2026, 7, 1))];

        Assert.Equal(Local(2026, 7, 2, 9, 0), Calendar.NextWorkingInstant(Local(2026, 7, 2, 9, 0), away));
    }

    [Fact]
    public void With_no_working_time_left_there_is_no_next_instant()
    {
        AwayPeriod[] away = [new(new DateOnly(2026, 7, 1), DateOnly.MaxValue)];

        Assert.Null(Calendar.TryNextWorkingInstant(Local(2026, 7, 2, 9, 0), away));
        Assert.Throws<InvalidOperationException>(() => Calendar.NextWorkingInstant(Local(2026, 7, 2, 9, 0), away));
    }

    [Fact]
    public void One_working_hour_runs_over_nights_weekends_and_holidays()
    {
        var hour = TimeSpan.FromHours(1);

        Assert.Equal(Local(2026, 6, 17, 11, 0), Calendar.AddWorkingTime(Local(2026, 6, 17, 10, 0), hour));
        Assert.Equal(Local(2026, 6, 17, 17, 0), Calendar.AddWorkingTime(Local(2026, 6, 17, 16, 0), hour)); // ends with the day
        Assert.Equal(Local(2026, 6, 22, 8, 30), Calendar.AddWorkingTime(Local(2026, 6, 18, 16, 30), hour)); // over midsommar
        Assert.Equal(Local(2026, 5, 15, 8, 30), Calendar.AddWorkingTime(Local(2026, 5, 13, 16, 30), hour)); // over Ascension
        Assert.Equal(Local(2026, 6, 17, 9, 0), Calendar.AddWorkingTime(Local(2026, 6, 17, 6, 0), hour)); // from before work
        Assert.Equal(Local(2026, 6, 18, 9, 0), Calendar.AddWorkingTime(Local(2026, 6, 17, 9, 0), TimeSpan.FromHours(9)));
        Assert.Equal(Local(2026, 6, 17, 20, 0), Calendar.AddWorkingTime(Local(2026, 6, 17, 20, 0), TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingTime(Local(2026, 6, 17, 20, 0), -hour));
    }

    [Fact]
    public void Working_time_between_two_instants_counts_only_working_hours()
    {
        Assert.Equal(TimeSpan.FromHours(1), Calendar.WorkingTimeBetween(Local(2026, 6, 18, 16, 30), Local(2026, 6, 22, 8, 30)));
        Assert.Equal(TimeSpan.FromHours(45), Calendar.WorkingTimeBetween(Local(2026, 6, 1, 0, 0), Local(2026, 6, 8, 0, 0)));
        Assert.Equal(TimeSpan.Zero, Calendar.WorkingTimeBetween(Local(2026, 6, 8, 0, 0), Local(2026, 6, 1, 0, 0)));
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
