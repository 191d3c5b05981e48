using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Trainees.Help;

/// <summary>Questions answered from dialogs/faq/faq.yaml in the trainee's language, and the rest sent to the coordinator.</summary>
public sealed class QuestionTests
{
    [Theory]
    [InlineData("sv-SE", "när är lönedan?", "Lönen betalas ut den 25:e varje månad.")]
    [InlineData("sv-SE", "wen is payday", "Lönen betalas ut den 25:e varje månad.")]
    [InlineData("en-GB", "wen is payday", "Your pay comes on the 25th of every month.")]
    [InlineData("en-GB", "när får jag lön", "Your pay comes on the 25th of every month.")]
    [InlineData("sv-SE", "Hur sjukanmäler jag mej?", "Är du sjuk? Ring din handledare")]
    [InlineData("en-GB", "how do i reprt sick", "Are you ill? Call your supervisor")]
    [InlineData("sv-SE", "vem ska jag rnga", "Din traineehandledare är Karin Lind. Ring 08-123 45 67.")]
    [InlineData("en-GB", "who do I cal?", "Your coordinator is Karin Lind. Call 08-123 45 67.")]
    public async Task A_question_like_an_FAQ_entry_is_answered_in_the_trainees_language(string locale, string question, string answer)
    {
        var bot = HelpTestBed.NewBot();
        var (_, _, trainee) = await HelpTestBed.StartAsync(bot, locale);

        await trainee.Send(question).ExpectReplyContaining(answer).ExpectNothingMore();

        await using var db = bot.OpenDatabase();
        Assert.Empty(db.Cases);
    }

    [Theory]
    [InlineData("sv-SE", "Får jag ta med min hund till jobbet?", "Jag vet inte svaret. Jag har skickat frågan till Karin. Du får svar här.", "Amira Hassan har en fråga")]
    [InlineData("en-GB", "Can I bring my dog to work", "I do not know the answer. I have sent your question to Karin. You will get an answer here.", "Amira Hassan har en fråga")]
    public async Task A_question_the_FAQ_cannot_answer_goes_to_the_coordinator(string locale, string question, string told, string cardTitle)
    {
        var bot = HelpTestBed.NewBot();
        var (_, coordinator, trainee) = await HelpTestBed.StartAsync(bot, locale);

        await trainee.Send(question).ExpectReply(told);
        await bot.DrainAsync();
        await coordinator.ExpectCard("case-coordinator", card =>
        {
            Assert.Contains(cardTitle, card.VisibleText(), StringComparison.Ordinal);
            Assert.Contains(question, card.VisibleText(), StringComparison.Ordinal);
        });
        var asked = await bot.SingleCaseAsync();
        Assert.Equal(CaseKind.Question, asked.Kind);

        // The coordinator answers on the card; the trainee's follow-up goes to the same case.
        await coordinator.ExecuteCard("case.reply", new { caseId = asked.Id.ToString(), reply = "Nej, tyvärr." });
        await bot.DrainAsync();
        await trainee.ExpectReplyContaining("Nej, tyvärr.")
            .Send("ok").ExpectReplyContaining("Karin");
        Assert.Equal(3, (await bot.SingleCaseAsync()).Messages.Count);
    }

    [Theory]
    [InlineData("sv-SE", "jag gillar katter", "Jag förstod inte riktigt.")]
    [InlineData("en-GB", "i like cats", "I did not")]
    public async Task Other_text_the_bot_does_not_understand_is_not_a_question(string locale, string text, string notUnderstood)
    {
        var bot = HelpTestBed.NewBot();
        var (_, _, trainee) = await HelpTestBed.StartAsync(bot, locale);

        await trainee.Send(text).ExpectReplyContaining(notUnderstood);

        await using var db = bot.OpenDatabase();
        Assert.Empty(db.Cases);
    }

    [Fact]
    public async Task Someone_who_is_not_a_trainee_gets_no_FAQ_and_opens_no_case()
    {
        var bot = HelpTestBed.NewBot();
        await Conversation.For(bot, TeamsUser.New("Okänd")).Install().ExpectCard("welcome")
            .Send("när är lönedagen?").ExpectReplyContaining("Jag förstod inte riktigt.");

        await using var db = bot.OpenDatabase();
        Assert.Empty(db.Cases);
    }
}
