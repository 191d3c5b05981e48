using TraineeBot.Dialogs;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Dialogs.Answers;

public sealed class YesNoAnswerTests
{
    private static readonly YesNoAnswerSpec Spec = YesNoAnswerSpec.Instance;

    [Theory]
    [InlineData("ja")]
    [InlineData("Ja!")]
    [InlineData("JA")]
    [InlineData("j")]
    [InlineData("jaaa")]
    [InlineData("japp")]
    [InlineData("ja tack")]
    [InlineData("Ja gärna")]
    [InlineData("okej")]
    [InlineData("yes")]
    [InlineData("Y")]
    [InlineData("Yeah")]
    [InlineData("👍")]
    [InlineData("👍🏽")]
    [InlineData("true")]
    public void Yes_in_either_language(string input)
    {
        Assert.True(ParseAssert.Accepted(Spec, input).Value.GetValue<bool>());
    }

    [Theory]
    [InlineData("nej")]
    [InlineData("Nej.")]
    [InlineData("n")]
    [InlineData("nä")]
    [InlineData("na")]
    [InlineData("nej tack")]
    [InlineData("no")]
    [InlineData("Nope")]
    [InlineData("👎")]
    [InlineData("false")]
    public void No_in_either_language(string input)
    {
        Assert.False(ParseAssert.Accepted(Spec, input).Value.GetValue<bool>());
    }

    [Theory]
    [InlineData("sv", "kanske", "Svara ja eller nej.")]
    [InlineData("sv", "", "Svara ja eller nej.")]
    [InlineData("sv", "ja nej", "Svara ja eller nej.")]
    [InlineData("en", "maybe", "Answer yes or no.")]
    public void Anything_else_asks_for_yes_or_no(string language, string input, string problem)
    {
        Assert.Equal(problem, ParseAssert.Rejected(Spec, input, language));
    }

    [Theory]
    [InlineData("sv", "ja", "Ja")]
    [InlineData("en", "ja", "Yes")]
    [InlineData("en", "no", "No")]
    public void The_answer_is_shown_in_the_users_language(string language, string input, string display)
    {
        Assert.Equal(display, ParseAssert.Accepted(Spec, input, language).Display);
    }

    [Fact]
    public void The_buttons_send_words_the_parser_reads()
    {
        Assert.Equal(["Ja", "Nej"], Spec.Options("sv").Select(o => o.Value));
        Assert.Equal(["Yes", "No"], Spec.Options("en").Select(o => o.Label));
    }
}
