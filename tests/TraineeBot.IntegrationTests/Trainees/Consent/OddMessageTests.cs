using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Trainees.Consent;

public sealed class OddMessageTests : IDisposable
{
    private const string BothLanguages = "Jag skriver svenska och engelska. Skriv \"english\" om du vill byta till engelska.\n\nI write Swedish and English. Write \"english\" to switch to English.";
    private readonly TraineeBotFactory bot = ConsentTestBed.NewBot();

    [Theory]
    [InlineData("sv-SE", "😀😀", "Jag förstår bara text. Skriv \"hjälp\" för att se vad jag kan göra.")]
    [InlineData("en-US", "🙂", "I only understand text. Write \"help\" to see what I can do.")]
    [InlineData("sv-SE", "", "Jag förstår bara text. Skriv \"hjälp\" för att se vad jag kan göra.")]
    public async Task Emoji_only_and_empty_messages_get_a_kind_answer(string locale, string text, string answer)
    {
        await Conversation.For(bot, TeamsUser.New("Sam Lee", locale))
            .Install().ExpectCard("welcome")
            .Send(text).ExpectReply(answer)
            .ExpectNothingMore();
    }

    [Fact]
    public async Task A_thumbs_up_still_answers_a_yes_no_question_in_a_running_dialog()
    {
        var f = await ConsentTestBed.ProgrammeAsync(bot);

        await Conversation.For(bot, f.TraineeUser)
            .Install().ExpectCard("consent")
            .Send("ja").ExpectReplyContaining("Tack!").ExpectCard("dialog-question")
            .Send("👍").ExpectReply(r => Assert.DoesNotContain("bara text", r.Text ?? string.Empty, StringComparison.Ordinal));

        Assert.Equal(Core.Dialogs.DialogRunStatus.Completed, Assert.Single(await bot.DialogRunsAsync()).Status);
    }

    [Theory]
    [InlineData("sv-SE", "långt (")]
    [InlineData("en-US", "was long (")]
    public async Task A_very_long_message_outside_a_dialog_is_taken_whole_and_the_user_is_told(string locale, string told)
    {
        var text = string.Concat(Enumerable.Repeat("Jag undrar över schemat. ", 100));
        Assert.True(text.Length > 2000);

        await Conversation.For(bot, TeamsUser.New("Sam Lee", locale))
            .Install().ExpectCard("welcome")
            .Send(text)
            .ExpectReplyContaining(told)
            .ExpectReply(_ => { }) // then whatever handles the message (here: not understood)
            .ExpectNothingMore();
    }

    [Theory]
    [InlineData("sv-SE", "مرحبا، كيف حالك؟")]
    [InlineData("en-US", "ሰላም ከመይ ኣለኹም")]
    [InlineData("sv-SE", "Kiitos, en ymmärrä")]
    [InlineData("sv-SE", "Waan ku salaamayaa, sidee tahay")]
    public async Task A_message_in_another_language_gets_an_answer_in_both_languages(string locale, string text)
    {
        await Conversation.For(bot, TeamsUser.New("Sam Lee", locale))
            .Install().ExpectCard("welcome")
            .Send(text).ExpectReply(BothLanguages)
            .ExpectNothingMore();
    }

    [Theory]
    [InlineData("Hej, jag heter Amira och jag undrar en sak")]
    [InlineData("Hello, what is this?")]
    public void Swedish_and_English_are_not_taken_for_other_languages(string text) =>
        Assert.False(Core.Trainees.Consent.LanguageGuess.IsClearlyOtherLanguage(text));

    public void Dispose() => bot.Dispose();
}
