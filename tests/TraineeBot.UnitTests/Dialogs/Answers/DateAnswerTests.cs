using TraineeBot.Dialogs;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Dialogs.Answers;

/// <summary>Today is Tuesday 24 November 2026 (<see cref="DialogFixtures.Today"/>).</summary>
public sealed class DateAnswerTests
{
    private static readonly DateAnswerSpec Any = new();
    private static readonly DateAnswerSpec FromToday = new() { NotBefore = DateBound.Today() };

    [Theory]
    [InlineData("2026-12-01", "2026-12-01")]
    [InlineData("2026-12-1", "2026-12-01")]
    [InlineData("20261201", "2026-12-01")]
    [InlineData("1/12", "2026-12-01")]
    [InlineData("1/12/2026", "2026-12-01")]
    [InlineData("1.12.26", "2026-12-01")]
    [InlineData("1/12 2027", "2027-12-01")]
    [InlineData("1 december", "2026-12-01")]
    [InlineData("1 December", "2026-12-01")]
    [InlineData("den 1 december", "2026-12-01")]
    [InlineData("1:a december", "2026-12-01")]
    [InlineData("1 dec", "2026-12-01")]
    [InlineData("1 dec. 2026", "2026-12-01")]
    [InlineData("1 dec 2026", "2026-12-01")]
    [InlineData("december 1", "2026-12-01")]
    [InlineData("December 1st, 2026", "2026-12-01")]
    [InlineData("the 1st of December", "2026-12-01")]
    [InlineData("1 decmber", "2026-12-01")]
    [InlineData("15 januari", "2027-01-15")]
    [InlineData("15 jan", "2027-01-15")]
    [InlineData("3 maj", "2027-05-03")]
    [InlineData("idag", "2026-11-24")]
    [InlineData("i dag", "2026-11-24")]
    [InlineData("Today", "2026-11-24")]
    [InlineData("i morgon", "2026-11-25")]
    [InlineData("imorgon", "2026-11-25")]
    [InlineData("tomorrow", "2026-11-25")]
    [InlineData("i övermorgon", "2026-11-26")]
    [InlineData("day after tomorrow", "2026-11-26")]
    [InlineData("igår", "2026-11-23")]
    [InlineData("på måndag", "2026-11-30")]
    [InlineData("måndag", "2026-11-30")]
    [InlineData("Monday", "2026-11-30")]
    [InlineData("on monday", "2026-11-30")]
    [InlineData("nästa måndag", "2026-11-30")]
    [InlineData("fredag", "2026-11-27")]
    [InlineData("på tisdag", "2026-12-01")]
    [InlineData("sön", "2026-11-29")]
    [InlineData("om 3 dagar", "2026-11-27")]
    [InlineData("om tre dagar", "2026-11-27")]
    [InlineData("in 3 days", "2026-11-27")]
    [InlineData("om en vecka", "2026-12-01")]
    [InlineData("in a week", "2026-12-01")]
    [InlineData("om 2 veckor", "2026-12-08")]
    [InlineData("nästa vecka", "2026-11-30")]
    [InlineData("next week", "2026-11-30")]
    public void Dates_are_read_in_Swedish_and_English_from_today(string input, string iso)
    {
        ParseAssert.Value($"\"{iso}\"", Any, input);
    }

    [Fact]
    public void A_date_without_year_is_the_nearest_one_the_question_allows()
    {
        ParseAssert.Value("\"2026-11-01\"", Any, "1 november");
        ParseAssert.Value("\"2027-11-01\"", FromToday, "1 november");
        ParseAssert.Value("\"2027-11-01\"", FromToday, "1/11");
    }

    [Theory]
    [InlineData("sv", "snart", "Jag förstod inte datumet. Skriv till exempel 2026-12-01, 1/12, 1 december eller i morgon.")]
    [InlineData("sv", "", "Jag förstod inte datumet. Skriv till exempel 2026-12-01, 1/12, 1 december eller i morgon.")]
    [InlineData("sv", "12", "Jag förstod inte datumet. Skriv till exempel 2026-12-01, 1/12, 1 december eller i morgon.")]
    [InlineData("en", "soon", "I didn't understand the date. Write for example 2026-12-01, 1/12, 1 December or tomorrow.")]
    [InlineData("sv", "31/2", "Det datumet finns inte i kalendern. Kolla dag och månad.")]
    [InlineData("sv", "2026-02-30", "Det datumet finns inte i kalendern. Kolla dag och månad.")]
    [InlineData("sv", "13/13", "Det datumet finns inte i kalendern. Kolla dag och månad.")]
    [InlineData("en", "32 january", "That date isn't in the calendar. Check the day and the month.")]
    public void Other_text_gets_examples_or_is_told_the_date_does_not_exist(string language, string input, string problem)
    {
        Assert.Equal(problem, ParseAssert.Rejected(Any, input, language));
    }

    [Theory]
    [InlineData("sv", "igår", "Välj ett datum från och med tisdag 24 november 2026.")]
    [InlineData("en", "yesterday", "Choose a date on or after Tuesday 24 November 2026.")]
    [InlineData("sv", "2027-01-01", "Välj ett datum till och med tisdag 22 december 2026.")]
    public void Dates_outside_the_limits_are_told_the_limit(string language, string input, string problem)
    {
        var spec = new DateAnswerSpec { NotBefore = DateBound.Today(), NotAfter = DateBound.Today(28) };

        Assert.Equal(problem, ParseAssert.Rejected(spec, input, language));
    }

    [Theory]
    [InlineData("sv", "tisdag 1 december 2026")]
    [InlineData("en", "Tuesday 1 December 2026")]
    public void The_date_is_shown_with_weekday_in_the_users_language(string language, string display)
    {
        Assert.Equal(display, ParseAssert.Accepted(Any, "1/12", language).Display);
    }

    [Fact]
    public void A_fixed_limit_is_a_date()
    {
        var spec = new DateAnswerSpec { NotAfter = DateBound.Fixed(new DateOnly(2026, 12, 31)) };

        ParseAssert.Value("\"2026-12-31\"", spec, "31/12");
        Assert.Equal("Välj ett datum till och med torsdag 31 december 2026.", ParseAssert.Rejected(spec, "2027-01-01"));
    }

    [Theory]
    [InlineData("today", 0)]
    [InlineData("today+7", 7)]
    [InlineData("today + 7", 7)]
    [InlineData("today-30", -30)]
    public void Relative_limits_are_read_from_the_definition_format(string text, int days)
    {
        Assert.True(DateBound.TryParse(text, out var bound));
        Assert.Equal(DialogFixtures.Today.AddDays(days), bound!.Resolve(DialogFixtures.Today));
    }
}
