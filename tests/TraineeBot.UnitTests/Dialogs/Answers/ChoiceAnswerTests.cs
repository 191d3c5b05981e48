using TraineeBot.Dialogs;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Dialogs.Answers;

public sealed class ChoiceAnswerTests
{
    private static readonly ChoiceOption[] Areas =
    [
        new("care", new LocalizedText("Vård och omsorg", "Health and social care")) { Synonyms = ["äldreboende", "vård"] },
        new("kitchen", new LocalizedText("Kök och restaurang", "Kitchen and restaurant")) { Synonyms = ["restaurang"] },
        new("office", new LocalizedText("Kontor", "Office")),
        new("outdoor", new LocalizedText("Utomhus", "Outdoors")) { Synonyms = ["park"] },
    ];

    private static readonly ChoiceAnswerSpec Single = new(Areas);
    private static readonly ChoiceAnswerSpec Multiple = new(Areas) { Multiple = true };

    [Theory]
    [InlineData("1", "care")]
    [InlineData("2.", "kitchen")]
    [InlineData("nr 3", "office")]
    [InlineData("4)", "outdoor")]
    [InlineData("två", "kitchen")]
    [InlineData("Kontor", "office")]
    [InlineData("KÖK OCH RESTAURANG", "kitchen")]
    [InlineData("kok och restaurang", "kitchen")]
    [InlineData("restaurang", "kitchen")]
    [InlineData("Äldreboende", "care")]
    [InlineData("vård", "care")]
    [InlineData("Health and social care", "care")]
    [InlineData("office", "office")]
    [InlineData("kök", "kitchen")]
    [InlineData("kontr", "office")]
    [InlineData("utomhsu", "outdoor")]
    [InlineData("Outdors", "outdoor")]
    public void An_option_is_picked_by_number_label_value_synonym_start_or_with_a_small_typo(string input, string value)
    {
        ParseAssert.Value($"\"{value}\"", Single, input);
    }

    [Theory]
    [InlineData("sv", "5", "Jag förstod inte. Svara med en siffra från 1 till 4, eller skriv ett av alternativen.")]
    [InlineData("sv", "banan", "Jag förstod inte. Svara med en siffra från 1 till 4, eller skriv ett av alternativen.")]
    [InlineData("sv", "", "Jag förstod inte. Svara med en siffra från 1 till 4, eller skriv ett av alternativen.")]
    [InlineData("sv", "1 och 3", "Välj bara ett alternativ.")]
    [InlineData("en", "banana", "I didn't understand. Answer with a number from 1 to 4, or write one of the options.")]
    [InlineData("en", "1 and 3", "Choose only one option.")]
    public void Unknown_or_several_answers_to_a_single_choice_get_a_problem(string language, string input, string problem)
    {
        Assert.Equal(problem, ParseAssert.Rejected(Single, input, language));
    }

    [Theory]
    [InlineData("sv", "Kontor")]
    [InlineData("en", "Office")]
    public void The_answer_shows_the_label_in_the_users_language(string language, string display)
    {
        Assert.Equal(display, ParseAssert.Accepted(Single, "3", language).Display);
    }

    [Fact]
    public void A_typo_close_to_two_options_asks_which_one_is_meant()
    {
        var spec = new ChoiceAnswerSpec(
        [
            new ChoiceOption("cleaning", new LocalizedText("Städning", "Cleaning")),
            new ChoiceOption("mood", new LocalizedText("Stämning", "Mood")),
        ]);

        Assert.Equal("Menar du 1 (Städning) eller 2 (Stämning)? Svara med siffran.", ParseAssert.Rejected(spec, "stäning"));
        Assert.Equal("Do you mean 1 (Cleaning) or 2 (Mood)? Answer with the number.", ParseAssert.Rejected(spec, "stäning", "en"));
    }

    [Theory]
    [InlineData("1, 3", "[\"care\",\"office\"]")]
    [InlineData("1,3", "[\"care\",\"office\"]")]
    [InlineData("1 och 3", "[\"care\",\"office\"]")]
    [InlineData("1 and 3", "[\"care\",\"office\"]")]
    [InlineData("1 3", "[\"care\",\"office\"]")]
    [InlineData("3, 1", "[\"care\",\"office\"]")]
    [InlineData("1, 1", "[\"care\"]")]
    [InlineData("kontor + park", "[\"office\",\"outdoor\"]")]
    [InlineData("Vård och omsorg", "[\"care\"]")]
    [InlineData("vård och omsorg, kök och restaurang", "[\"care\",\"kitchen\"]")]
    [InlineData("Kontor och Utomhus", "[\"office\",\"outdoor\"]")]
    [InlineData("care,kitchen", "[\"care\",\"kitchen\"]")]
    [InlineData("2", "[\"kitchen\"]")]
    public void Several_options_are_read_from_lists_in_either_language(string input, string json)
    {
        ParseAssert.Value(json, Multiple, input);
    }

    [Fact]
    public void Several_options_are_shown_as_their_labels()
    {
        Assert.Equal("Vård och omsorg, Kontor", ParseAssert.Accepted(Multiple, "1 och 3").Display);
        Assert.Equal("Health and social care, Office", ParseAssert.Accepted(Multiple, "1 and 3", "en").Display);
    }

    [Theory]
    [InlineData("sv", "1, Banan", "Jag förstod inte ”Banan”. Svara med siffror från 1 till 4, till exempel 1, 3.")]
    [InlineData("sv", "1 och 9", "Jag förstod inte ”9”. Svara med siffror från 1 till 4, till exempel 1, 3.")]
    [InlineData("en", "1 and Köket", "I didn't understand \"Köket\". Answer with numbers from 1 to 4, for example 1, 3.")]
    public void A_part_that_names_no_option_is_quoted_as_written(string language, string input, string problem)
    {
        Assert.Equal(problem, ParseAssert.Rejected(Multiple, input, language));
    }

    [Fact]
    public void The_options_are_offered_with_their_values_and_labels()
    {
        Assert.Equal(["care", "kitchen", "office", "outdoor"], Single.Options("sv").Select(o => o.Value));
        Assert.Equal(["Vård och omsorg", "Kök och restaurang", "Kontor", "Utomhus"], Single.Options("sv").Select(o => o.Label));
        Assert.Equal("Outdoors", Single.Options("en")[3].Label);
    }

    [Fact]
    public void A_card_value_of_several_options_is_read_back()
    {
        var value = ParseAssert.Accepted(Multiple, "1 och 4").Value;

        Assert.Equal("care,outdoor", Multiple.CardValue(value, "sv"));
        Assert.Equal(value.ToJsonString(), ParseAssert.Accepted(Multiple, "care,outdoor").Value.ToJsonString());
    }
}
