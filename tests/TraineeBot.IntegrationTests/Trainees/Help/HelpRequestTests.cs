using System.Text.Json.Nodes;
using TraineeBot.Core.Dialogs;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Trainees.Help;

/// <summary>"Jag behöver hjälp": the case, the coordinator's card, replies both ways, resolving, and who may answer.</summary>
public sealed class HelpRequestTests
{
    [Fact]
    public async Task A_help_request_reaches_the_coordinator_who_answers_until_it_is_solved_in_Swedish()
    {
        var bot = HelpTestBed.NewBot();
        var (_, coordinator, trainee) = await HelpTestBed.StartAsync(bot);

        await trainee.Send("Jag behöver hjälp, jag hittar inte mitt schema")
            .ExpectReply("Karin har fått ditt meddelande och svarar dig här. Om du är i fara, ring 112.")
            .ExpectNothingMore();
        await bot.DrainAsync();
        await coordinator.ExpectCard("case-coordinator", card =>
        {
            var text = card.VisibleText();
            Assert.Contains("Amira Hassan behöver hjälp", text, StringComparison.Ordinal);
            Assert.Contains("Jag behöver hjälp, jag hittar inte mitt schema", text, StringComparison.Ordinal);
            Assert.Contains("Svara", text, StringComparison.Ordinal);
            Assert.Contains("Markera som löst", text, StringComparison.Ordinal);
        });

        var caseId = (await bot.SingleCaseAsync()).Id.ToString();
        await coordinator.ExecuteCard("case.reply", new { caseId, reply = "Schemat finns hos Maria. Fråga henne." });
        Assert.Equal("200", coordinator.InvokeStatus());
        Assert.Contains("Schemat finns hos Maria", Value(coordinator)!.VisibleText(), StringComparison.Ordinal);
        Assert.Contains("Input.Text", Value(coordinator)!.ToJsonString(), StringComparison.Ordinal);
        await bot.DrainAsync();

        await trainee.ExpectReply("Karin svarar: Schemat finns hos Maria. Fråga henne.");

        await trainee.Send("Tack! Hon var inte där i dag.").ExpectReply("Jag har skickat det till Karin.");
        await bot.DrainAsync();
        await coordinator.ExpectCard("case-coordinator", card =>
        {
            var text = card.VisibleText();
            Assert.Contains("Schemat finns hos Maria", text, StringComparison.Ordinal);
            Assert.Contains("Hon var inte där i dag.", text, StringComparison.Ordinal);
        });

        await coordinator.ExecuteCard("case.resolve", new { caseId });
        Assert.Equal("200", coordinator.InvokeStatus());
        Assert.Contains("Löst 23 november", Value(coordinator)!.VisibleText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Text", Value(coordinator)!.ToJsonString(), StringComparison.Ordinal);
        await bot.DrainAsync();
        await trainee.ExpectReplyContaining("Karin har markerat ditt ärende som löst.");

        var solved = await bot.SingleCaseAsync();
        Assert.Equal(CaseStatus.Resolved, solved.Status);
        Assert.NotNull(solved.FirstResponseUtc);
        Assert.Equal(
            [CaseAuthor.Trainee, CaseAuthor.Coordinator, CaseAuthor.Trainee, CaseAuthor.Bot],
            solved.Messages.OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id).Select(m => m.Author));

        // After it is solved, what the trainee writes is not added to the case.
        await trainee.Send("ok").ExpectReplyContaining("förstod inte");
    }

    [Fact]
    public async Task A_help_request_reaches_the_coordinator_who_answers_until_it_is_solved_in_English()
    {
        var bot = HelpTestBed.NewBot();
        var (_, coordinator, trainee) = await HelpTestBed.StartAsync(bot, "en-GB");

        await trainee.Send("I need help with my contract")
            .ExpectReply("Karin has got your message and will answer you here. If you are in danger, call 112.");
        await bot.DrainAsync();
        await coordinator.ExpectCard("case-coordinator", card => Assert.Contains("I need help with my contract", card.VisibleText(), StringComparison.Ordinal));

        var caseId = (await bot.SingleCaseAsync()).Id.ToString();
        await coordinator.ExecuteCard("case.reply", new { caseId, reply = "Kom förbi i morgon." });
        await bot.DrainAsync();
        await trainee.ExpectReply("Karin answers: Kom förbi i morgon.");

        await trainee.Send("Thanks, what time?").ExpectReply("I have sent it to Karin.");
        await coordinator.ExecuteCard("case.resolve", new { caseId });
        await bot.DrainAsync();
        await trainee.ExpectReplyContaining("Karin has marked your case as solved.");
    }

    [Theory]
    [InlineData("sv-SE", "Jag behöver hjälp", "Vad behöver du hjälp med? Skriv med egna ord.", "Jag är orolig för mitt kontrakt", "Karin har fått ditt meddelande")]
    [InlineData("en-GB", "I need help", "What do you need help with? Write in your own words.", "I am worried about my contract", "Karin has got your message")]
    public async Task A_bare_request_asks_what_it_is_about_and_a_running_dialog_goes_on_afterwards(string locale, string request, string asked, string answer, string received)
    {
        var bot = HelpTestBed.NewBot();
        var (_, coordinator, trainee) = await HelpTestBed.StartAsync(bot, locale);

        await trainee.Send("tyck till").ExpectCard(DialogCards.Question)
            .Send(request).ExpectReply(asked)
            .Send(answer).ExpectReplyContaining(received)
            .ExpectReply(_ => { })
            .ExpectCard(DialogCards.Question)
            .Send("4").ExpectCard(DialogCards.Question)
            .ExpectNothingMore();

        var helpCase = await bot.SingleCaseAsync();
        Assert.Equal(CaseKind.HelpRequest, helpCase.Kind);
        Assert.Contains(helpCase.Messages, m => m.Author == CaseAuthor.Trainee && m.Text == answer);
        await bot.DrainAsync();
        await coordinator.ExpectCard("case-coordinator").ExpectCard("case-coordinator", card => Assert.Contains(answer, card.VisibleText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_with_its_reason_during_a_dialog_is_sent_and_the_dialog_question_comes_again()
    {
        var bot = HelpTestBed.NewBot();
        var (_, _, trainee) = await HelpTestBed.StartAsync(bot);

        await trainee.Send("tyck till").ExpectCard(DialogCards.Question)
            .Send("jag behöver hjälp, min handledare skriker på mig").ExpectReplyContaining("Karin har fått ditt meddelande")
            .ExpectReply("Vi fortsätter där du slutade.")
            .ExpectCard(DialogCards.Question, card => Assert.Contains("Hur lätt är det att använda TraineeBot?", card.VisibleText(), StringComparison.Ordinal))
            .Send("5").ExpectCard(DialogCards.Question);
    }

    [Theory]
    [InlineData("sv-SE", "Det här ärendet är inte ditt.")]
    [InlineData("en-GB", "This case is not yours.")]
    public async Task Another_coordinator_cannot_answer_or_solve_the_case(string locale, string refusal)
    {
        var bot = HelpTestBed.NewBot();
        var (_, _, trainee) = await HelpTestBed.StartAsync(bot, locale);
        var (_, other) = await HelpTestBed.AddCoordinatorAsync(bot, "Olle Ek", locale: locale);
        await trainee.Send("jag behöver hjälp med lönen").ExpectReplyContaining("Karin");
        var caseId = (await bot.SingleCaseAsync()).Id.ToString();

        await other.ExecuteCard("case.reply", new { caseId, reply = "Jag svarar i stället" });
        Assert.Equal("403", other.InvokeStatus());
        Assert.Contains(refusal, other.LastInvokeResponse!["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await other.ExecuteCard("case.resolve", new { caseId });
        Assert.Equal("403", other.InvokeStatus());
        await trainee.Send("jag hittar inget").ExpectReplyContaining("Karin");

        var helpCase = await bot.SingleCaseAsync();
        Assert.Equal(CaseStatus.Open, helpCase.Status);
        Assert.DoesNotContain(helpCase.Messages, m => m.Author == CaseAuthor.Coordinator);
        Assert.DoesNotContain(await bot.MessagesAsync(), m => m.PayloadJson.Contains("Jag svarar i stället", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_trainee_cannot_answer_a_case_with_a_forged_card_action()
    {
        var bot = HelpTestBed.NewBot();
        var (_, _, trainee) = await HelpTestBed.StartAsync(bot);
        await trainee.Send("jag behöver hjälp med lönen").ExpectReplyContaining("Karin");
        var caseId = (await bot.SingleCaseAsync()).Id.ToString();

        await trainee.ExecuteCard("case.resolve", new { caseId });

        Assert.Equal("403", trainee.InvokeStatus());
        Assert.Equal(CaseStatus.Open, (await bot.SingleCaseAsync()).Status);
    }

    [Fact]
    public async Task A_long_message_is_kept_whole_in_the_case_and_the_trainee_is_told()
    {
        var bot = HelpTestBed.NewBot();
        var (_, coordinator, trainee) = await HelpTestBed.StartAsync(bot);
        var text = "Jag behöver hjälp. " + string.Concat(Enumerable.Repeat("Det har hänt mycket på jobbet den här veckan. ", 60)).TrimEnd();
        Assert.True(text.Length > 2_000);

        await trainee.Send(text).ExpectReplyContaining("Ditt meddelande var långt. Vi har sparat hela texten.");

        Assert.Equal(text, (await bot.SingleCaseAsync()).Messages.Single().Text);
        await bot.DrainAsync();
        await coordinator.ExpectCard("case-coordinator", card => Assert.Contains(text.Trim(), card.VisibleText(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sv-SE", "Jag behöver hjälp")]
    [InlineData("en-GB", "I need help")]
    public async Task Someone_who_is_not_a_trainee_gets_the_default_answer(string locale, string request)
    {
        var bot = HelpTestBed.NewBot();
        await Conversation.For(bot, TeamsUser.New("Okänd", locale)).Install().ExpectCard("welcome")
            .Send(request).ExpectReplyContaining("112");

        await using var db = bot.OpenDatabase();
        Assert.Empty(db.Cases);
    }

    internal static JsonObject? Value(Conversation conversation) => conversation.LastInvokeResponse?["value"] as JsonObject;
}
