using TraineeBot.Dialogs;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Dialogs.Answers;

public sealed class TextAnswerTests
{
    private static readonly TextAnswerSpec Spec = new() { MinLength = 2, MaxLength = 10 };

    [Theory]
    [InlineData("Bra", "Bra")]
    [InlineData("  Det är kul  ", "Det är kul")]
    [InlineData("ok", "ok")]
    [InlineData("👍🏽👍🏽", "👍🏽👍🏽")]
    [InlineData("Åsa Öberg", "Åsa Öberg")]
    public void Text_within_the_lengths_is_kept_as_written_but_trimmed(string input, string stored)
    {
        var answer = ParseAssert.Accepted(Spec, input);

        Assert.Equal(stored, answer.Value.GetValue<string>());
        Assert.Equal(stored, answer.Display);
    }

    [Theory]
    [InlineData("sv", "", "Skriv ett svar.")]
    [InlineData("sv", "   ", "Skriv ett svar.")]
    [InlineData("sv", "a", "Skriv lite mer, minst 2 tecken.")]
    [InlineData("sv", "alldeles för långt", "Det blev för långt. Skriv högst 10 tecken.")]
    [InlineData("en", "", "Please write an answer.")]
    [InlineData("en", "a", "Please write a little more, at least 2 characters.")]
    [InlineData("en", "far too long here", "That is too long. Write at most 10 characters.")]
    public void Text_outside_the_lengths_gets_a_problem_in_the_users_language(string language, string input, string problem)
    {
        Assert.Equal(problem, ParseAssert.Rejected(Spec, input, language));
    }

    [Fact]
    public void An_emoji_with_a_skin_tone_counts_as_one_character()
    {
        Assert.Equal("Skriv lite mer, minst 2 tecken.", ParseAssert.Rejected(Spec, "👍🏽"));
    }
}
