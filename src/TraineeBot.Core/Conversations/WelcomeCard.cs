using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Conversations;

/// <summary>The card a user gets when the app is installed: who the bot is and what to write, in their language.</summary>
public static class WelcomeCard
{
    public const string TemplateName = "welcome";

    public static JsonObject Render(ICardRenderer cards, string language, string? name)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var firstName = MarkdownText.Escape(FirstName(name)) is { Length: > 0 } escaped ? escaped : null;
        var data = new JsonObject
        {
            ["title"] = BotTexts.Get(language, TextKey.WelcomeTitle),
            ["intro"] = (firstName is null
                ? BotTexts.Get(language, TextKey.WelcomeGreeting)
                : BotTexts.Get(language, TextKey.WelcomeGreetingNamed, firstName))
                + " " + BotTexts.Get(language, TextKey.WelcomeIntro),
            ["capabilitiesHeading"] = BotTexts.Get(language, TextKey.WelcomeCommandsHeading),
            ["capabilities"] = BotTexts.Get(language, TextKey.HelpCommands),
            ["languageHint"] = BotTexts.Get(language, TextKey.WelcomeLanguageHint),
            ["helpButton"] = BotTexts.Get(language, TextKey.WelcomeHelpButton),
            ["helpCommand"] = BotTexts.Get(language, TextKey.CommandHelp),
            ["otherLanguageButton"] = BotTexts.Get(language, TextKey.WelcomeOtherLanguageButton),
            ["otherLanguageCommand"] = BotTexts.Get(language, TextKey.CommandOtherLanguage),
        };
        return cards.Render(TemplateName, data);
    }

    /// <summary>"Amira Hassan" → "Amira"; nothing for an empty or placeholder name.</summary>
    internal static string? FirstName(string? name)
    {
        var first = name?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return string.IsNullOrEmpty(first) ? null : first;
    }
}
