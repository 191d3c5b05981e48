using TraineeBot.Dialogs;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Dialogs.Answers;

public sealed class ScaleAnswerTests
{
    private static readonly ScaleAnswerSpec Spec = new()
    {
        Labels = new Dictionary<int, LocalizedText>
        {
            [1] = new("Mycket dåligt", "Very poor"),
            [5] = new("Mycket bra", "Very good"),
        },
    };

    [Theory]
    [InlineData("4", 4)]
    [InlineData(" 1 ", 1)]
    [InlineData("5.", 5)]
    [InlineData("fyra", 4)]
    [InlineData("Four", 4)]
    [InlineData("tre", 3)]
    [InlineData("4/5", 4)]
    [InlineData("4 av 5", 4)]
    [InlineData("4 of 5", 4)]
    [InlineData("4 out of 5", 4)]
    [InlineData("Mycket bra", 5)]
    [InlineData("mycket bar", 5)]
    [InlineData("very poor", 1)]
    [InlineData("mycket daligt", 1)]
    public void A_point_is_read_from_a_number_a_word_or_a_label(string input, int point)
    {
        Assert.Equal(point, ParseAssert.Accepted(Spec, input).Value.GetValue<int>());
    }

    [Theory]
    [InlineData("sv", "6", "Svara med en siffra från 1 till 5.")]
    [InlineData("sv", "0", "Svara med en siffra från 1 till 5.")]
    [InlineData("sv", "4,5", "Svara med en siffra från 1 till 5.")]
    [InlineData("sv", "bra", "Svara med en siffra från 1 till 5.")]
    [InlineData("sv", "", "Svara med en siffra från 1 till 5.")]
    [InlineData("en", "ten", "Answer with a number from 1 to 5.")]
    public void Other_answers_are_told_the_range(string language, string input, string problem)
    {
        Assert.Equal(problem, ParseAssert.Rejected(Spec, input, language));
    }

    [Theory]
    [InlineData("sv", "5", "5 – Mycket bra")]
    [InlineData("en", "5", "5 – Very good")]
    [InlineData("en", "3", "3")]
    public void A_labelled_point_shows_its_label(string language, string input, string display)
    {
        Assert.Equal(display, ParseAssert.Accepted(Spec, input, language).Display);
    }

    [Fact]
    public void Every_point_is_an_option_whose_value_is_its_number()
    {
        var options = Spec.Options("sv");

        Assert.Equal(["1", "2", "3", "4", "5"], options.Select(o => o.Value));
        Assert.Equal("1 – Mycket dåligt", options[0].Label);
    }

    [Fact]
    public void Another_range_is_respected()
    {
        var spec = new ScaleAnswerSpec { Min = 0, Max = 10 };

        Assert.Equal(0, ParseAssert.Accepted(spec, "0").Value.GetValue<int>());
        Assert.Equal(10, ParseAssert.Accepted(spec, "tio").Value.GetValue<int>());
        Assert.Equal("Svara med en siffra från 0 till 10.", ParseAssert.Rejected(spec, "11"));
    }
}
