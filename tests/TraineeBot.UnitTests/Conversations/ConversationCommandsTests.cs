using TraineeBot.Core.Conversations;

namespace TraineeBot.UnitTests.Conversations;

public sealed class ConversationCommandsTests
{
    [Theory]
    [InlineData("hjälp", ConversationCommand.Help)]
    [InlineData("Hjälp!", ConversationCommand.Help)]
    [InlineData("  HJÄLP  ", ConversationCommand.Help)]
    [InlineData("hjalp", ConversationCommand.Help)]
    [InlineData("help", ConversationCommand.Help)]
    [InlineData("Help?", ConversationCommand.Help)]
    [InlineData("?", ConversationCommand.Help)]
    [InlineData("vad kan du göra?", ConversationCommand.Help)]
    [InlineData("What can you do", ConversationCommand.Help)]
    [InlineData("english", ConversationCommand.English)]
    [InlineData("English.", ConversationCommand.English)]
    [InlineData("på engelska", ConversationCommand.English)]
    [InlineData("in   english", ConversationCommand.English)]
    [InlineData("svenska", ConversationCommand.Swedish)]
    [InlineData("Swedish", ConversationCommand.Swedish)]
    [InlineData("på svenska", ConversationCommand.Swedish)]
    [InlineData("byt språk", ConversationCommand.SwitchLanguage)]
    [InlineData("change language", ConversationCommand.SwitchLanguage)]
    [InlineData("Avbryt", ConversationCommand.Cancel)]
    [InlineData("cancel!", ConversationCommand.Cancel)]
    [InlineData("Jag behöver hjälp", ConversationCommand.NeedHelp)]
    [InlineData("jag behover hjalp!", ConversationCommand.NeedHelp)]
    [InlineData("I need help", ConversationCommand.NeedHelp)]
    [InlineData("hjälp mig", ConversationCommand.NeedHelp)]
    [InlineData("Jag behöver hjälp med schemat", ConversationCommand.NeedHelp)]
    [InlineData("I need help with my contract", ConversationCommand.NeedHelp)]
    [InlineData("hjälpen var bra", ConversationCommand.None)]
    [InlineData("vi behöver hjälpas åt", ConversationCommand.None)]
    [InlineData("helpful", ConversationCommand.None)]
    [InlineData("", ConversationCommand.None)]
    [InlineData(null, ConversationCommand.None)]
    [InlineData("??", ConversationCommand.None)]
    public void Whole_message_commands_are_recognised(string? text, ConversationCommand expected) =>
        Assert.Equal(expected, ConversationCommands.Parse(text));

    [Theory]
    [InlineData("Åsa Öberg", "asa oberg")]
    [InlineData("  många   mellanslag ", "manga mellanslag")]
    [InlineData("Hej, där!", "hej dar")]
    public void Normalising_drops_case_accents_punctuation_and_extra_spaces(string text, string expected) =>
        Assert.Equal(expected, ConversationCommands.Normalize(text));
}
