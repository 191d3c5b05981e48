using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Localization;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Localization;

public sealed partial class BotTextsTests
{
    public static TheoryData<string> Keys() =>
        new(typeof(TextKey).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!));

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_text_exists_in_Swedish_and_English_with_the_same_placeholders(string key)
    {
        var swedish = Raw("sv", key);
        var english = Raw("en", key);

        Assert.False(string.IsNullOrWhiteSpace(swedish));
        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.NotEqual(swedish, english);
        Assert.Equal(Placeholders(swedish), Placeholders(english));
    }

    [Theory]
    [InlineData("sv", "Välkommen till TraineeBot", "Hej Amira!")]
    [InlineData("en", "Welcome to TraineeBot", "Hi Amira!")]
    public void The_welcome_card_is_fully_bound_in_both_languages(string language, string title, string greeting)
    {
        var cards = new CardTemplateStore(Options.Create(new CardOptions { Path = RepositoryPaths.Cards }));

        var card = WelcomeCard.Render(cards, language, "Amira Hassan");

        Assert.DoesNotContain("${", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(title, card["body"]![0]!["text"]!.GetValue<string>());
        Assert.StartsWith(greeting, card["body"]![1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        // The language button offers the other language and sends the command that switches to it.
        var other = card["actions"]![1]!["data"]!["msteams"]!["value"]!.GetValue<string>();
        Assert.Equal(language == "sv" ? ConversationCommand.English : ConversationCommand.Swedish, ConversationCommands.Parse(other));
        var help = card["actions"]![0]!["data"]!["msteams"]!["value"]!.GetValue<string>();
        Assert.Equal(ConversationCommand.Help, ConversationCommands.Parse(help));
    }

    [Fact]
    public void Without_a_name_the_greeting_is_plain()
    {
        var cards = new CardTemplateStore(Options.Create(new CardOptions { Path = RepositoryPaths.Cards }));

        var card = WelcomeCard.Render(cards, "sv", "  ");

        Assert.StartsWith("Hej! Jag", card["body"]![1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static string Raw(string language, string key)
    {
        // Format with as many arguments as the text could take, so a text is read as written.
        var text = BotTexts.Get(language, key);
        return text;
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
