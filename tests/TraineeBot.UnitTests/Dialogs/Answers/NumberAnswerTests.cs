using TraineeBot.Dialogs;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Dialogs.Answers;

public sealed class NumberAnswerTests
{
    private static readonly NumberAnswerSpec Any = new();

    [Theory]
    [InlineData("12", "12")]
    [InlineData("3,5", "3.5")]
    [InlineData("3.5", "3.5")]
    [InlineData("3,50", "3.5")]
    [InlineData("-2", "-2")]
    [InlineData("−2", "-2")]
    [InlineData("+7", "7")]
    [InlineData("0,25", "0.25")]
    [InlineData(",5", "0.5")]
    [InlineData("1 000", "1000")]
    [InlineData("1\u00a0000,5", "1000.5")]
    [InlineData("1.000,5", "1000.5")]
    [InlineData("1,000.5", "1000.5")]
    [InlineData("1.000.000", "1000000")]
    [InlineData("tre", "3")]
    [InlineData("Three", "3")]
    [InlineData(" 7 ", "7")]
    public void Numbers_are_read_with_a_decimal_comma_or_point(string input, string json)
    {
        ParseAssert.Value(json, Any, input);
    }

    [Theory]
    [InlineData("sv", "abc", "Skriv ett tal, till exempel 12 eller 3,5.")]
    [InlineData("sv", "1 2", "Skriv ett tal, till exempel 12 eller 3,5.")]
    [InlineData("sv", "1..2", "Skriv ett tal, till exempel 12 eller 3,5.")]
    [InlineData("sv", "3,5,6", "Skriv ett tal, till exempel 12 eller 3,5.")]
    [InlineData("sv", "1e5", "Skriv ett tal, till exempel 12 eller 3,5.")]
    [InlineData("sv", "", "Skriv ett tal, till exempel 12 eller 3,5.")]
    [InlineData("en", "lots", "Write a number, for example 12 or 3.5.")]
    public void Other_text_is_asked_for_a_number(string language, string input, string problem)
    {
        Assert.Equal(problem, ParseAssert.Rejected(Any, input, language));
    }

    [Theory]
    [InlineData("sv", "3,5", "3,5")]
    [InlineData("en", "3,5", "3.5")]
    [InlineData("sv", "-1000", "-1000")]
    public void The_number_is_shown_with_the_users_decimal_sign(string language, string input, string display)
    {
        Assert.Equal(display, ParseAssert.Accepted(Any, input, language).Display);
    }

    [Theory]
    [InlineData("sv", "2,5", "Skriv ett heltal, till exempel 12.")]
    [InlineData("sv", "-1", "Talet måste vara minst 0.")]
    [InlineData("sv", "41", "Talet får vara högst 40,5.")]
    [InlineData("en", "41", "The number can be at most 40.5.")]
    [InlineData("en", "x", "Write a whole number, for example 12.")]
    public void Limits_and_whole_numbers_are_enforced(string language, string input, string problem)
    {
        var spec = new NumberAnswerSpec { Min = 0, Max = 40.5m, WholeNumber = true };

        Assert.Equal(problem, ParseAssert.Rejected(spec, input, language));
    }

    [Fact]
    public void Limits_are_inclusive()
    {
        var spec = new NumberAnswerSpec { Min = 0, Max = 40 };

        ParseAssert.Value("0", spec, "0");
        ParseAssert.Value("40", spec, "40");
    }
}
