using TraineeBot.Core.Coordinators.Alerts;
using TraineeBot.Core.Scheduling;

namespace TraineeBot.UnitTests.Coordinators.Alerts;

/// <summary>The digest goes at 07:30 Stockholm on working days, caught up until 12:00.</summary>
public sealed class DigestClockTests
{
    private static readonly WorkingCalendar Calendar = new(new SchedulingOptions());
    private static readonly DigestClock Clock = new(Calendar);

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) => Calendar.ToUtc(new(year, month, day), new(hour, minute));

    [Theory]
    [InlineData(2027, 2, 16, 7, 29, false)] // Tuesday, a minute early
    [InlineData(2027, 2, 16, 7, 30, true)]
    [InlineData(2027, 2, 16, 11, 59, true)] // caught up the same morning
    [InlineData(2027, 2, 16, 12, 0, false)] // too late: skipped
    [InlineData(2027, 2, 20, 7, 30, false)] // Saturday
    [InlineData(2026, 12, 24, 7, 30, false)] // julafton, a Thursday
    [InlineData(2027, 6, 25, 8, 0, false)] // midsommarafton, a Friday
    [InlineData(2027, 3, 29, 7, 30, false)] // annandag påsk
    public void The_digest_is_due_from_0730_to_1200_on_working_days(int year, int month, int day, int hour, int minute, bool due) =>
        Assert.Equal(due ? new DateOnly(year, month, day) : null, Clock.DueDay(Local(year, month, day, hour, minute)));

    [Fact]
    public void The_next_digest_skips_weekends_and_holidays_and_follows_summer_time()
    {
        Assert.Equal(Local(2027, 2, 16, 7, 30), Clock.Next(Local(2027, 2, 16, 6, 0)));
        Assert.Equal(Local(2027, 2, 22, 7, 30), Clock.Next(Local(2027, 2, 19, 7, 30)));
        // Christmas: 24, 25, 26 December and the weekend; 28 December 2026 is a Monday.
        Assert.Equal(Local(2026, 12, 28, 7, 30), Clock.Next(Local(2026, 12, 23, 9, 0)));
        // Easter 2027 (långfredag 26 March, annandag påsk 29 March); summer time from 28 March: 07:30 is 05:30 UTC.
        Assert.Equal(new DateTimeOffset(2027, 3, 30, 5, 30, 0, TimeSpan.Zero), Clock.Next(Local(2027, 3, 26, 9, 0)));
    }
}
