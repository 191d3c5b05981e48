using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Trainees.Help;

/// <summary>No answer within one working hour (08–17 Stockholm): the trainee is told and the backup gets the case.</summary>
public sealed class EscalationTests
{
    /// <summary>Monday 23 November 2026 09:00 in Stockholm (UTC+1).</summary>
    private static readonly DateTimeOffset Monday0900 = OutboxTestBed.Monday0900;

    [Theory]
    [InlineData("sv-SE", "Din traineehandledare har inte svarat ännu. Vi har bett en kollega att hjälpa dig. Om du är i fara, ring 112.", "Olle svarar: Jag hjälper dig.")]
    [InlineData("en-GB", "Your coordinator has not answered yet. We have asked a colleague to help you. If you are in danger, call 112.", "Olle answers: Jag hjälper dig.")]
    public async Task After_one_working_hour_without_an_answer_the_backup_gets_the_case(string locale, string told, string relayed)
    {
        var bot = HelpTestBed.NewBot(Monday0900);
        var (fixture, coordinator, trainee) = await HelpTestBed.StartAsync(bot, locale);
        var (_, backup) = await HelpTestBed.AddCoordinatorAsync(bot, "Olle Ek", fixture.Coordinator);
        await trainee.Send("jag behöver hjälp, jag är inlåst ute").ExpectReplyContaining("Karin");
        await bot.DrainAsync();
        await coordinator.ExpectCard("case-coordinator");

        bot.Clock!.SetUtcNow(Monday0900.AddMinutes(59));
        Assert.Equal(0, await bot.EscalateAsync());
        await backup.ExpectNothingMore();

        bot.Clock.SetUtcNow(Monday0900.AddHours(1));
        Assert.Equal(1, await bot.EscalateAsync());
        Assert.Equal(0, await bot.EscalateAsync());
        await bot.DrainAsync();
        await trainee.ExpectReply(told);
        await backup.ExpectCard("case-coordinator", card =>
        {
            Assert.Contains("Du får ärendet som reserv för Karin Lind.", card.VisibleText(), StringComparison.Ordinal);
            Assert.Contains("jag är inlåst ute", card.VisibleText(), StringComparison.Ordinal);
        });
        Assert.Equal(Monday0900.AddHours(1), (await bot.SingleCaseAsync()).EscalatedUtc);

        // The backup may now answer; the trainee gets it.
        var caseId = (await bot.SingleCaseAsync()).Id.ToString();
        await backup.ExecuteCard("case.reply", new { caseId, reply = "Jag hjälper dig." });
        Assert.Equal("200", backup.InvokeStatus());
        await bot.DrainAsync();
        await trainee.ExpectReply(relayed);
    }

    [Fact]
    public async Task A_request_at_half_past_four_escalates_at_half_past_eight_the_next_working_day()
    {
        var friday1630 = new DateTimeOffset(2026, 11, 27, 15, 30, 0, TimeSpan.Zero);
        var monday0830 = new DateTimeOffset(2026, 11, 30, 7, 30, 0, TimeSpan.Zero);
        var bot = HelpTestBed.NewBot(friday1630);
        var (fixture, _, trainee) = await HelpTestBed.StartAsync(bot);
        await HelpTestBed.AddCoordinatorAsync(bot, "Olle Ek", fixture.Coordinator);
        await trainee.Send("jag behöver hjälp med nyckeln").ExpectReplyContaining("Karin");

        bot.Clock!.SetUtcNow(friday1630.AddHours(3));
        Assert.Equal(0, await bot.EscalateAsync());
        bot.Clock.SetUtcNow(monday0830.AddMinutes(-1));
        Assert.Equal(0, await bot.EscalateAsync());
        bot.Clock.SetUtcNow(monday0830);
        Assert.Equal(1, await bot.EscalateAsync());
    }

    [Fact]
    public async Task An_answered_request_is_not_escalated()
    {
        var bot = HelpTestBed.NewBot(Monday0900);
        var (fixture, coordinator, trainee) = await HelpTestBed.StartAsync(bot);
        await HelpTestBed.AddCoordinatorAsync(bot, "Olle Ek", fixture.Coordinator);
        await trainee.Send("jag behöver hjälp med lönen").ExpectReplyContaining("Karin");
        await bot.DrainAsync();
        await coordinator.ExpectCard("case-coordinator");

        bot.Clock!.SetUtcNow(Monday0900.AddMinutes(30));
        await coordinator.ExecuteCard("case.reply", new { caseId = (await bot.SingleCaseAsync()).Id.ToString(), reply = "Jag tittar på det." });
        bot.Clock.SetUtcNow(Monday0900.AddHours(3));

        Assert.Equal(0, await bot.EscalateAsync());
        Assert.Null((await bot.SingleCaseAsync()).EscalatedUtc);
    }

    [Fact]
    public async Task Without_a_backup_the_coordinator_is_reminded_and_the_trainee_told()
    {
        var bot = HelpTestBed.NewBot(Monday0900);
        var (_, coordinator, trainee) = await HelpTestBed.StartAsync(bot);
        await trainee.Send("jag behöver hjälp med lönen").ExpectReplyContaining("Karin");
        await bot.DrainAsync();
        await coordinator.ExpectCard("case-coordinator");

        bot.Clock!.SetUtcNow(Monday0900.AddHours(2));
        Assert.Equal(1, await bot.EscalateAsync());
        await bot.DrainAsync();

        await trainee.ExpectReplyContaining("Vi har påmint hen. Om du är i fara, ring 112.");
        await coordinator.ExpectCard("case-coordinator");
        Assert.Equal(CaseStatus.Open, (await bot.SingleCaseAsync()).Status);
    }
}
