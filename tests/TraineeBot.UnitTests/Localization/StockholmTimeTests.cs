using Microsoft.Extensions.Time.Testing;
using TraineeBot.Core.Localization;

namespace TraineeBot.UnitTests.Localization;

public sealed class StockholmTimeTests
{
    [Theory]
    [InlineData("2026-11-23T22:59:59Z", "2026-11-23")] // winter: UTC+1
    [InlineData("2026-11-23T23:00:00Z", "2026-11-24")]
    [InlineData("2026-06-30T21:59:59Z", "2026-06-30")] // summer: UTC+2
    [InlineData("2026-06-30T22:00:00Z", "2026-07-01")]
    public void Today_is_the_date_in_Stockholm_not_in_UTC(string utc, string expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), StockholmTime.Today(time));
    }

    [Fact]
    public void Summer_time_starts_on_the_last_Sunday_of_March_at_01_00_UTC()
    {
        Assert.Equal("01:59", StockholmTime.FormatTime(new DateTimeOffset(2026, 3, 29, 0, 59, 0, TimeSpan.Zero)));
        Assert.Equal("03:00", StockholmTime.FormatTime(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("sv", "23 november 2026", "måndag 23 november")]
    [InlineData("en", "23 November 2026", "Monday 23 November")]
    public void Dates_are_written_in_the_users_language(string language, string date, string dayAndDate)
    {
        var day = new DateOnly(2026, 11, 23);

        Assert.Equal(date, StockholmTime.FormatDate(day, language));
        Assert.Equal(dayAndDate, StockholmTime.FormatDayAndDate(day, language));
    }
}
