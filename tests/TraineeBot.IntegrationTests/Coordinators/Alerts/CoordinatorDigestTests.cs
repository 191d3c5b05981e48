using System.Net;
using TraineeBot.Core.Coordinators.Alerts;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators.Alerts;

/// <summary>
/// The morning digest over the real app (real SQLite, fake connector, fake clock): at 07:30 Stockholm on working days
/// only, once per coordinator and day even across a restart, caught up until 12:00, only the coordinator's own
/// caseload, nothing when there is nothing to say, and a button per line that opens the trainee.
/// </summary>
public sealed class CoordinatorDigestTests
{
    [Fact]
    public async Task The_digest_arrives_at_0730_on_a_working_day_and_not_on_a_holiday_or_a_weekend()
    {
        // Wednesday 23 December 2026; Amira asks for help.
        using var bot = OutboxTestBed.NewBot(AlertBed.Local(2026, 12, 23, 9));
        var amira = await ProgrammeData.AddAsync(bot.Services);
        await Conversation.For(bot, amira.CoordinatorUser).Install();
        await bot.OpenCaseAsync(amira.Trainee.Id, CaseKind.HelpRequest, "Jag behöver hjälp med schemat");
        await bot.Sender().RunUntilIdleAsync(CancellationToken.None);

        await bot.AlertsAtAsync(AlertBed.Local(2026, 12, 24, 7, 30)); // julafton
        await bot.AlertsAtAsync(AlertBed.Local(2026, 12, 25, 7, 30)); // juldagen
        await bot.AlertsAtAsync(AlertBed.Local(2026, 12, 26, 9, 0)); // Saturday
        await bot.AlertsAtAsync(AlertBed.Local(2026, 12, 27, 9, 0)); // Sunday
        await bot.AlertsAtAsync(AlertBed.Local(2026, 12, 28, 7, 29)); // Monday, a minute early
        Assert.Empty(bot.DigestsTo(amira.CoordinatorUser));

        await bot.AlertsAtAsync(AlertBed.Local(2026, 12, 28, 7, 30));

        var digest = Assert.Single(bot.DigestsTo(amira.CoordinatorUser)).Card().VisibleText();
        Assert.Contains("God morgon! Det här behöver du titta på i dag", digest, StringComparison.Ordinal);
        Assert.Contains("Din grupp · måndag 28 december", digest, StringComparison.Ordinal);
        Assert.Contains("Öppna hjälpärenden och frågor (1)", digest, StringComparison.Ordinal);
        Assert.Contains("Amira Hassan · sedan 23 december", digest, StringComparison.Ordinal);
        // The placement starts 30 December and runs 6 months: no renewal, end or limit to mention yet.
        Assert.DoesNotContain("Slutar", digest, StringComparison.Ordinal);
        var message = Assert.Single(await bot.DigestMessagesAsync());
        Assert.Equal(CoordinatorAlerts.DigestKey(amira.Coordinator.Id, new DateOnly(2026, 12, 28)), message.IdempotencyKey);
        Assert.Equal(AlertBed.Local(2026, 12, 28, 7, 30), message.SentUtc);

        // Later rounds the same day send nothing more; the next working day brings the next one.
        await bot.AlertsAtAsync(AlertBed.Local(2026, 12, 28, 9, 0));
        Assert.Single(bot.DigestsTo(amira.CoordinatorUser));
        await bot.AlertsAtAsync(AlertBed.Local(2026, 12, 29, 7, 30));
        Assert.Equal(2, bot.DigestsTo(amira.CoordinatorUser).Count);
    }

    [Fact]
    public async Task A_missed_digest_is_caught_up_until_noon_and_never_sent_twice_after_a_restart()
    {
        // Set up on Friday 12 February 2027; the bot is down at 07:30 on Tuesday 16 February and starts at 10:15.
        var path = TraineeBotFactory.NewDatabasePath();
        ProgrammeFixture amira;
        using (var first = OutboxTestBed.NewBot(AlertBed.Local(2027, 2, 12, 9), path))
        {
            amira = await ProgrammeData.AddAsync(first.Services, placementStart: new DateOnly(2026, 11, 30), placementMonths: 6);
            await Conversation.For(first, amira.CoordinatorUser).Install();
            await first.AlertsAtAsync(AlertBed.Local(2027, 2, 16, 10, 15));

            // The renewal of 28 February is within 14 days.
            var digest = Assert.Single(first.DigestsTo(amira.CoordinatorUser)).Card().VisibleText();
            Assert.Contains("Förlängning inom 14 dagar (1)", digest, StringComparison.Ordinal);
            Assert.Contains("Amira Hassan · ny avtalsperiod 28 februari", digest, StringComparison.Ordinal);
        }

        // Restarted at 11:00 the same morning: the new process runs a digest round again, and nothing goes out twice.
        using (var second = OutboxTestBed.NewBot(AlertBed.Local(2027, 2, 16, 11), path))
        {
            await second.AlertsAtAsync(AlertBed.Local(2027, 2, 16, 11));
            Assert.Empty(second.DigestsTo(amira.CoordinatorUser));
            Assert.Single(await second.DigestMessagesAsync());

            // Down over the next morning until 12:05: that day's digest is skipped, the one after comes at 07:30.
            await second.AlertsAtAsync(AlertBed.Local(2027, 2, 17, 12, 5));
            Assert.Empty(second.DigestsTo(amira.CoordinatorUser));
            await second.AlertsAtAsync(AlertBed.Local(2027, 2, 18, 7, 30));
            Assert.Single(second.DigestsTo(amira.CoordinatorUser));
            Assert.Equal(2, (await second.DigestMessagesAsync()).Count);
        }
    }

    [Fact]
    public async Task Each_coordinator_gets_their_own_caseload_only_nothing_when_there_is_nothing_to_say_and_the_button_opens_the_trainee()
    {
        // Monday 28 December 2026. A: Amira with a red flag. B: Elin, whose external placement ends 31 December.
        // C: Jonas, whose placement is far from anything worth saying.
        using var bot = OutboxTestBed.NewBot(AlertBed.Local(2026, 12, 23, 9));
        var a = await ProgrammeData.AddAsync(bot.Services);
        var b = await ProgrammeData.AddAsync(bot.Services, traineeName: "Elin Svensson", placementStart: new DateOnly(2026, 12, 1), placementMonths: 1, kind: PlacementKind.External);
        var c = await ProgrammeData.AddAsync(bot.Services, traineeName: "Jonas Ek", placementStart: new DateOnly(2026, 11, 2), placementMonths: 6);
        foreach (var coordinator in new[] { a.CoordinatorUser, b.CoordinatorUser, c.CoordinatorUser })
        {
            await Conversation.For(bot, coordinator).Install();
        }

        await bot.OpenCaseAsync(a.Trainee.Id, CaseKind.RedFlag, "Mår dåligt");
        await bot.Sender().RunUntilIdleAsync(CancellationToken.None);

        await bot.AlertsAtAsync(AlertBed.Local(2026, 12, 28, 7, 30));

        var forA = Assert.Single(bot.DigestsTo(a.CoordinatorUser)).Card();
        var forB = Assert.Single(bot.DigestsTo(b.CoordinatorUser)).Card();
        Assert.Empty(bot.DigestsTo(c.CoordinatorUser));
        Assert.Contains("Röda flaggor (1)", forA.VisibleText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Elin", forA.VisibleText(), StringComparison.Ordinal);
        Assert.Contains("Elin Svensson · slutar 31 december – föreslå nya kandidater", forB.VisibleText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Amira", forB.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(a.Trainee.Id.ToString(), forB.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, (await bot.DigestMessagesAsync()).Count);

        // B presses the line's button: Elin's card.
        var button = Assert.Single(forB.Buttons());
        Assert.Equal(b.Trainee.Id.ToString(), button["traineeId"]!.GetValue<string>());
        var (status, shown) = await bot.ExecuteAsync(b.CoordinatorUser, "coordinator.trainee", button);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Elin Svensson", shown["value"]!.VisibleText(), StringComparison.Ordinal);

        // A's button pressed by B (a forwarded card) shows nothing.
        var (_, refused) = await bot.ExecuteAsync(b.CoordinatorUser, "coordinator.trainee", Assert.Single(forA.Buttons()));
        Assert.Equal(404, refused["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_english_speaking_coordinator_gets_the_digest_in_english()
    {
        using var bot = OutboxTestBed.NewBot(AlertBed.Local(2026, 12, 23, 9));
        var amira = await ProgrammeData.AddAsync(bot.Services);
        var english = amira.CoordinatorUser with { Locale = "en-GB" };
        await Conversation.For(bot, english).Install();
        await bot.OpenCaseAsync(amira.Trainee.Id, CaseKind.HelpRequest, "Help");

        await bot.AlertsAtAsync(AlertBed.Local(2026, 12, 28, 7, 30));

        var digest = Assert.Single(bot.DigestsTo(english)).Card().VisibleText();
        Assert.Contains("Good morning! This needs your attention today", digest, StringComparison.Ordinal);
        Assert.Contains("Amira Hassan · since 23 December", digest, StringComparison.Ordinal);
    }
}
