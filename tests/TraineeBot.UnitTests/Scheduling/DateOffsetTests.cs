using TraineeBot.Core.Scheduling;

namespace TraineeBot.UnitTests.Scheduling;

public sealed class DateOffsetTests
{
    [Theory]
    [InlineData("3 months", 3, 0)]
    [InlineData("1 month", 1, 0)]
    [InlineData("14 days", 0, 14)]
    [InlineData("-1 day", 0, -1)]
    [InlineData("−1 dag", 0, -1)]
    [InlineData("3 månader", 3, 0)]
    [InlineData("1 månad", 1, 0)]
    [InlineData("14 dagar", 0, 14)]
    [InlineData("2 weeks", 0, 14)]
    [InlineData("2 veckor", 0, 14)]
    [InlineData("1 year", 12, 0)]
    [InlineData("1 år", 12, 0)]
    [InlineData("1 month 14 days", 1, 14)]
    [InlineData("1 month and 2 days", 1, 2)]
    [InlineData("1 månad och 2 dagar", 1, 2)]
    [InlineData("1 Month, 2 DAYS", 1, 2)]
    [InlineData("+3 months", 3, 0)]
    [InlineData("0 days", 0, 0)]
    public void Offsets_are_read_in_English_and_Swedish(string text, int months, int days) =>
        Assert.Equal(new DateOffset(months, days), DateOffset.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("months")]
    [InlineData("3 mnths")]
    [InlineData("three months")]
    [InlineData("3 hours")]
    [InlineData("1.5 months")]
    [InlineData("3 months 2")]
    [InlineData("99999999999 days")]
    public void Other_text_is_not_an_offset(string text)
    {
        Assert.False(DateOffset.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DateOffset.Parse(text));
    }

    [Theory]
    [InlineData("2026-08-31", "3 months", "2026-11-30")]
    [InlineData("2026-08-31", "6 months", "2027-02-28")]
    [InlineData("2027-08-31", "6 months", "2028-02-29")]
    [InlineData("2026-08-31", "12 months", "2027-08-31")]
    [InlineData("2026-01-31", "1 month 1 day", "2026-03-01")]
    [InlineData("2026-01-12", "-1 day", "2026-01-11")]
    public void Months_are_applied_first_then_days(string date, string offset, string expected) =>
        Assert.Equal(Date(expected), DateOffset.Parse(offset).ApplyTo(Date(date)));

    [Theory]
    [InlineData(3, 0, "3 months")]
    [InlineData(1, 0, "1 month")]
    [InlineData(0, -1, "-1 day")]
    [InlineData(0, 0, "0 days")]
    [InlineData(1, 14, "1 month 14 days")]
    public void Offsets_are_written_so_they_read_back(int months, int days, string text)
    {
        Assert.Equal(text, new DateOffset(months, days).ToString());
        Assert.Equal(new DateOffset(months, days), DateOffset.Parse(text));
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
