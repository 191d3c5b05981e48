using TraineeBot.Core.Scheduling;

namespace TraineeBot.UnitTests.Scheduling;

public sealed class SwedishHolidaysTests
{
    public static TheoryData<int, int, int> KnownEasterSundays() => new()
    {
        { 1818, 3, 22 }, { 1943, 4, 25 }, { 2011, 4, 24 }, { 2019, 4, 21 }, { 2024, 3, 31 }, { 2025, 4, 20 },
        { 2026, 4, 5 }, { 2027, 3, 28 }, { 2038, 4, 25 }, { 2285, 3, 22 },
    };

    [Theory]
    [MemberData(nameof(KnownEasterSundays))]
    public void Easter_Sunday_is_right_for_known_years(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), SwedishHolidays.EasterSunday(year));
        Assert.Contains(SwedishHolidays.For(year), holiday => holiday.Date == new DateOnly(year, month, day) && holiday.NameSv == "Påskdagen");
    }

    [Fact]
    public void The_days_off_of_2026_are_the_holidays_and_the_three_eves()
    {
        string[] expected =
        [
            "2026-01-01 Nyårsdagen", "2026-01-06 Trettondedag jul", "2026-04-03 Långfredagen", "2026-04-05 Påskdagen",
            "2026-04-06 Annandag påsk", "2026-05-14 Kristi himmelsfärdsdag", "2026-05-24 Pingstdagen",
            "2026-06-06 Sveriges nationaldag", "2026-06-19 Midsommarafton", "2026-06-20 Midsommardagen",
            "2026-10-31 Alla helgons dag", "2026-12-24 Julafton", "2026-12-25 Juldagen", "2026-12-26 Annandag jul",
            "2026-12-31 Nyårsafton",
        ];

        Assert.Equal(expected, SwedishHolidays.For(2026).Select(holiday => $"{holiday.Date:yyyy-MM-dd} {holiday.NameSv}"));
    }

    [Theory]
    [InlineData("2026-06-19", "Midsommarafton", "Midsummer Eve")]
    [InlineData("2026-05-14", "Kristi himmelsfärdsdag", "Ascension Day")]
    [InlineData("2026-04-06", "Annandag påsk", "Easter Monday")]
    [InlineData("2026-10-31", "Alla helgons dag", "All Saints' Day")]
    [InlineData("2027-11-06", "Alla helgons dag", "All Saints' Day")]
    [InlineData("2027-06-25", "Midsommarafton", "Midsummer Eve")]
    [InlineData("2020-06-19", "Midsommarafton", "Midsummer Eve")]
    [InlineData("2020-10-31", "Alla helgons dag", "All Saints' Day")]
    public void Holidays_are_found_with_their_names(string date, string swedish, string english)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(SwedishHolidays.IsHoliday(day));
        Assert.Equal(new PublicHoliday(day, swedish, english), SwedishHolidays.Find(day));
    }

    [Fact]
    public void National_day_on_a_weekend_is_not_moved_to_a_weekday()
    {
        var calendar = SchedulingFixtures.Calendar;
        var saturday = new DateOnly(2026, 6, 6);

        Assert.Equal(DayOfWeek.Saturday, saturday.DayOfWeek);
        Assert.True(SwedishHolidays.IsHoliday(saturday));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 6, 5)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 6, 8)));
        Assert.True(SwedishHolidays.IsHoliday(new DateOnly(2027, 6, 6)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 6, 7)));
    }

    [Fact]
    public void Ordinary_days_are_not_holidays()
    {
        Assert.False(SwedishHolidays.IsHoliday(new DateOnly(2026, 6, 18)));
        Assert.False(SwedishHolidays.IsHoliday(new DateOnly(2026, 4, 4)));
        Assert.False(SwedishHolidays.IsHoliday(new DateOnly(2026, 12, 23)));
        Assert.False(SwedishHolidays.IsHoliday(new DateOnly(2026, 11, 1)));
        Assert.Null(SwedishHolidays.Find(new DateOnly(2026, 12, 27)));
    }

    [Fact]
    public void Every_year_has_fifteen_days_off_in_date_order_with_the_movable_ones_on_their_weekdays()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var holidays = SwedishHolidays.For(year);
            var easter = SwedishHolidays.EasterSunday(year);

            Assert.Equal(15, holidays.Count);
            Assert.Equal(holidays.OrderBy(holiday => holiday.Date), holidays);
            Assert.All(holidays, holiday => Assert.Equal(year, holiday.Date.Year));
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
            Assert.Equal(DayOfWeek.Thursday, Named(holidays, "Kristi himmelsfärdsdag").DayOfWeek);
            Assert.Equal(DayOfWeek.Sunday, Named(holidays, "Pingstdagen").DayOfWeek);
            Assert.Equal(DayOfWeek.Friday, Named(holidays, "Midsommarafton").DayOfWeek);
            Assert.InRange(Named(holidays, "Midsommarafton"), new DateOnly(year, 6, 19), new DateOnly(year, 6, 25));
            Assert.Equal(DayOfWeek.Saturday, Named(holidays, "Midsommardagen").DayOfWeek);
            Assert.Equal(DayOfWeek.Saturday, Named(holidays, "Alla helgons dag").DayOfWeek);
            Assert.InRange(Named(holidays, "Alla helgons dag"), new DateOnly(year, 10, 31), new DateOnly(year, 11, 6));
        }
    }

    [Fact]
    public void The_cache_is_safe_to_use_from_many_threads()
    {
        var answers = new bool[2000];

        Parallel.For(0, answers.Length, i => answers[i] = SwedishHolidays.IsHoliday(new DateOnly(3000 + (i % 50), 12, 25)));

        Assert.All(answers, Assert.True);
    }

    private static DateOnly Named(IReadOnlyList<PublicHoliday> holidays, string swedish) => holidays.Single(holiday => holiday.NameSv == swedish).Date;
}
