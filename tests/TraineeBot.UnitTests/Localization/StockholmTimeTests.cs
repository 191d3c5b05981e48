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
        Assert.Equal(TimeSpan.FromHours(1), StockholmTime.ToLocal(new DateTimeOffset(2026, 3, 29, 0, 59, 0, TimeSpan.Zero)).Offset);
        Assert.Equal(TimeSpan.FromHours(2), StockholmTime.ToLocal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero)).Offset);
    }
}
