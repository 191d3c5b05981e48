using System.Text.Json.Nodes;
using TraineeBot.Core.Trainees.CheckIns;

namespace TraineeBot.UnitTests.Trainees.CheckIns;

public sealed class RedFlagTests
{
    [Theory]
    [InlineData("Jag blir mobbad", "mobba*")]
    [InlineData("De mobbar mig", "mobba*")]
    [InlineData("Jag känner mig kränkt", "kränk*")]
    [InlineData("Jag har ont i ryggen", "ont")]
    [InlineData("Jag VILL SLUTA.", "vill sluta")]
    [InlineData("tankar på självmord", "självmord*")]
    [InlineData("I am bullied", "bulli*")]
    [InlineData("It hurts", "hurt*")]
    [InlineData("I want to quit", "quit")]
    public void A_flag_word_is_found(string text, string entry) => Assert.Contains(entry, RedFlagWords.Find(text));

    [Theory]
    [InlineData("Det går bra på kontoret")]     // "ont" inside a word
    [InlineData("Jag trivs och vill fortsätta")]
    [InlineData("Everything is fine, I stay at the hotel")]
    [InlineData("")]
    public void An_ordinary_text_has_none(string text) => Assert.Empty(RedFlagWords.Find(text));

    [Theory]
    [InlineData(2, 4, "good", false, false, 1)]
    [InlineData(3, 1, "good", false, false, 1)]
    [InlineData(3, 3, "good", false, true, 1)]
    [InlineData(3, 3, "too-much", true, false, 1)]
    [InlineData(3, 3, "too-much", false, false, 0)]
    [InlineData(5, 5, "good", false, false, 0)]
    public void The_rules_flag_low_scores_wanting_to_talk_and_too_much_with_difficulty(int mood, int support, string workload, bool difficult, bool talk, int reasons)
    {
        var answers = new Dictionary<string, JsonNode?>
        {
            ["mood"] = mood, ["support"] = support, ["workload"] = workload, ["difficult"] = difficult, ["talk"] = talk,
        };
        Assert.Equal(reasons, RedFlags.Reasons(answers, "sv").Count);
        Assert.Equal(reasons, RedFlags.Reasons(answers, "en").Count);
    }
}
