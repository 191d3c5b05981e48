using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Renewals;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Infrastructure.Outbox;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.IntegrationTests.Supervisors;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators.Renewals;

/// <summary>
/// The coordinator's renewal decision through the real pipeline (fake clock from Monday 23 November 2026, real SQLite):
/// Amira's internal placement at Förskolan Solen from 30 November is one contract period (to 27 February 2027), so the
/// card comes 10 working days before 28 February, at 08:00 on Monday 15 February.
/// </summary>
public sealed class RenewalDecisionTests
{
    private static readonly DateOnly Start = new(2026, 11, 30);

    [Fact]
    public async Task The_card_comes_before_the_renewal_with_both_answers_and_a_renewal_moves_the_placement_and_the_schedules()
    {
        await using var bed = await Bed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var midpoint = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(midpoint.Id, ("attendance", "5")));

        await bed.RunUntilAsync(SupervisorBed.Local(2027, 2, 12, 16));
        Assert.Empty(bed.CardsTo(bed.Coordinator, RenewalCards.Template));
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 2, 15, 8, 30));

        var sent = Assert.Single(bed.CardsTo(bed.Coordinator, RenewalCards.Template));
        Assert.Equal(SupervisorBed.Local(2027, 2, 15, 8), (await bed.OutboxMessageForAsync(RenewalAnchors.DefinitionId)).DueUtc);
        var card = sent.Card();
        var text = card.VisibleText();
        Assert.Contains("Förlängning: Amira Hassan", text, StringComparison.Ordinal);
        Assert.Contains("avtalsperiod 30 november 2026 – 27 februari 2027 · längst till 29 maj 2028 (18 månader)", text, StringComparison.Ordinal);
        Assert.Contains("Handledarens senaste svar (14 januari 2027)", text, StringComparison.Ordinal);
        Assert.Contains("Närvaro: 5 – Mycket bra", text, StringComparison.Ordinal);
        Assert.Contains("Traineens senaste check-in", text, StringComparison.Ordinal);
        // Only the coordinator gets it.
        Assert.Empty(bed.CardsTo(bed.Supervisor, RenewalCards.Template));

        var (status, response) = await bed.ExecuteAsync(bed.Coordinator, RenewAction.VerbName, ActionData(card, "Förläng 3 mån"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Förlängd till 2027-05-27 av Karin Lind 2027-02-15.", response["value"]!.VisibleText(), StringComparison.Ordinal);
        await using var db = bed.Bot.OpenDatabase();
        var placement = await db.Placements.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2027, 5, 27), placement.EndDate);
        Assert.Equal([(Start, new DateOnly(2027, 2, 27)), (new DateOnly(2027, 2, 28), new DateOnly(2027, 5, 27))],
            placement.ContractPeriods.OrderBy(p => p.StartDate).Select(p => (p.StartDate, p.EndDate)));
        var decision = await db.RenewalDecisions.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((RenewalDecisionKind.Renewed, 3, bed.Programme.Coordinator.UserId), (decision.Kind, decision.Months!.Value, decision.DecidedByUserId));
        Assert.Equal(bed.Now, decision.DecidedUtc);

        // The supervisor's next check-in is for the new period's renewal (there was none before), the coordinator's
        // next card for the period after it, and the trainee's check-ins run to the new end.
        var schedules = await db.Schedules.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        var supervisor = schedules.Single(s => s.DefinitionId == "supervisor-checkin");
        Assert.Equal((ScheduleStatus.Active, new DateOnly(2027, 2, 28)), (supervisor.Status, supervisor.NextNominalDate!.Value));
        Assert.Equal(SupervisorBed.Local(2027, 2, 15, 9), supervisor.NextDueUtc);
        Assert.Equal(new DateOnly(2027, 5, 28), schedules.Single(s => s.DefinitionId == RenewalAnchors.DefinitionId).NextNominalDate);
        Assert.Equal([new DateOnly(2027, 5, 27)], ScheduleAnchors.FromJson(schedules.Single(s => s.DefinitionId == "trainee-checkin").AnchorsJson).Get(ScheduleAnchors.End));
        Assert.Equal([new DateOnly(2027, 5, 27)], ScheduleAnchors.FromJson(schedules.Single(s => s.DefinitionId == "after-programme").AnchorsJson).Get(ScheduleAnchors.End));

        // Pressing another button on the same card: already decided, shown as such, nothing changes.
        var (_, again) = await bed.ExecuteAsync(bed.Coordinator, EndAction.VerbName, ActionData(card, "Avsluta vid periodens slut"));
        var againText = again["value"]!.VisibleText();
        Assert.Contains("Den här perioden är redan beslutad.", againText, StringComparison.Ordinal);
        Assert.Contains("Förlängd till 2027-05-27 av Karin Lind 2027-02-15.", againText, StringComparison.Ordinal);
        await using var after = bed.Bot.OpenDatabase();
        Assert.Equal(new DateOnly(2027, 5, 27), (await after.Placements.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).EndDate);
        Assert.Equal(1, await after.RenewalDecisions.CountAsync(TestContext.Current.CancellationToken));

        // The supervisor's card for the renewal goes out at 09:00 as planned.
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 2, 15, 10));
        Assert.Equal(2, (await bed.CheckInsAsync(CheckInKinds.Supervisor)).Count);
    }

    [Fact]
    public async Task A_coordinator_of_another_caseload_pressing_the_buttons_with_the_first_ones_ids_is_refused_and_nothing_is_written()
    {
        await using var bed = await Bed.NewAsync();
        var other = await ProgrammeData.AddAsync(bed.Bot.Services, traineeName: "Elin Svensson", placementMonths: 0);
        await Conversation.For(bed.Bot, other.CoordinatorUser).Install();
        var ids = await bed.IdsAsync();
        var before = await bed.SnapshotAsync();

        foreach (var (verb, data) in new[]
        {
            (RenewAction.VerbName, new JsonObject { ["renewMonths"] = "3" }),
            (WagePhaseAction.VerbName, new JsonObject { ["months"] = "3", ["wagePhase"] = "Steg 2" }),
            (EndAction.VerbName, new JsonObject()),
            (InterruptAction.VerbName, new JsonObject { ["reason"] = "Flyttar" }),
        })
        {
            data["placementId"] = ids.PlacementId.ToString();
            data["periodId"] = ids.PeriodId.ToString();
            foreach (var asker in new[] { other.CoordinatorUser, bed.Supervisor, bed.Programme.TraineeUser })
            {
                var (_, refused) = await bed.ExecuteAsync(asker, verb, data);
                Assert.Equal(404, refused["statusCode"]!.GetValue<int>());
                Assert.DoesNotContain("Amira", refused.ToJsonString(), StringComparison.Ordinal);
            }
        }

        var (_, open) = await bed.ExecuteAsync(other.CoordinatorUser, OpenRenewalAction.VerbName, new JsonObject { ["traineeId"] = bed.Programme.Trainee.Id.ToString() });
        Assert.Equal(404, open["statusCode"]!.GetValue<int>());
        Assert.Equal(before, await bed.SnapshotAsync());

        // Her own coordinator opens it from the status card.
        var (_, status) = await bed.ExecuteAsync(bed.Coordinator, "coordinator.trainee", new JsonObject { ["traineeId"] = bed.Programme.Trainee.Id.ToString() });
        var (_, mine) = await bed.ExecuteAsync(bed.Coordinator, OpenRenewalAction.VerbName, ActionData(status["value"]!.AsObject(), "Beslut om förlängning"));
        Assert.Contains("Förlängning: Amira Hassan", mine["value"]!.VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interrupting_without_a_reason_gives_the_card_back_with_the_error_at_the_field_and_the_values_kept_and_with_one_stops_the_check_ins()
    {
        await using var bed = await Bed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 20, 10));
        var ids = await bed.IdsAsync();
        var before = await bed.SnapshotAsync();
        JsonObject Data(string reason) => new()
        {
            ["placementId"] = ids.PlacementId.ToString(),
            ["periodId"] = ids.PeriodId.ToString(),
            ["months"] = "2",
            ["wagePhase"] = "Steg 2",
            ["reason"] = reason,
        };

        var (_, refused) = await bed.ExecuteAsync(bed.Coordinator, InterruptAction.VerbName, Data("   "));

        var elements = Elements(refused["value"]!).ToList();
        var reason = elements.FindIndex(e => (string?)e["id"] == "reason");
        Assert.Equal("Skriv varför platsen avbryts.", (string?)elements[reason + 1]["text"]);
        Assert.Equal("Attention", (string?)elements[reason + 1]["color"]);
        Assert.Equal("Steg 2", (string?)elements.Single(e => (string?)e["id"] == "wagePhase")["value"]);
        Assert.Equal("2", (string?)elements.Single(e => (string?)e["id"] == "months")["value"]);
        Assert.Equal(before, await bed.SnapshotAsync());

        var (_, done) = await bed.ExecuteAsync(bed.Coordinator, InterruptAction.VerbName, Data("Har fått jobb"));

        Assert.Contains("Avbruten 2027-01-20 av Karin Lind 2027-01-20. Skäl: Har fått jobb", done["value"]!.VisibleText(), StringComparison.Ordinal);
        await using var db = bed.Bot.OpenDatabase();
        var placement = await db.Placements.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("Har fått jobb", bed.Now, new DateOnly(2027, 1, 20)), (placement.InterruptionReason, placement.InterruptedUtc!.Value, placement.EndDate));
        var schedules = await db.Schedules.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        foreach (var id in new[] { "trainee-checkin", "supervisor-checkin", "supervisor-midpoint", RenewalAnchors.DefinitionId })
        {
            var schedule = schedules.Single(s => s.DefinitionId == id);
            Assert.True(schedule.Status == ScheduleStatus.Ended || schedule.NextNominalDate <= new DateOnly(2027, 1, 20), id);
        }

        // Nothing more to the trainee or the supervisor about the placement.
        var sentBefore = bed.Bot.Connector.Sent.Count;
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 3, 1, 10));
        Assert.DoesNotContain(bed.Bot.Connector.Sent.Skip(sentBefore), a => a.Conversation?.Id != bed.Coordinator.ConversationId);
    }

    /// <summary>The data of the card's Action.Execute titled <paramref name="title"/> (what Teams sends when it is pressed).</summary>
    private static JsonObject ActionData(JsonObject card, string title)
    {
        var action = Nodes(card).OfType<JsonObject>().First(o => (string?)o["type"] == "Action.Execute" && (string?)o["title"] == title);
        return action["data"]!.DeepClone().AsObject();
    }

    /// <summary>The card's body elements in reading order (containers opened).</summary>
    private static IEnumerable<JsonObject> Elements(JsonNode card) =>
        Nodes(card["body"]!).OfType<JsonObject>().Where(o => o["type"] is not null);

    private static IEnumerable<JsonNode> Nodes(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var inner in Nodes(child))
            {
                yield return inner;
            }
        }
    }

    /// <summary>A bot with Amira's one-period placement, the coordinator and the supervisor installed.</summary>
    private sealed class Bed : IAsyncDisposable
    {
        private Bed(TraineeBotFactory bot, ProgrammeFixture programme) => (Bot, Programme) = (bot, programme);

        public TraineeBotFactory Bot { get; }

        public ProgrammeFixture Programme { get; }

        public TeamsUser Coordinator => Programme.CoordinatorUser;

        public TeamsUser Supervisor => Programme.SupervisorUser;

        public DateTimeOffset Now => Bot.Clock!.GetUtcNow();

        public static async Task<Bed> NewAsync()
        {
            var bot = OutboxTestBed.NewBot().With("Outbox:ScheduleTick", "1.00:00:00");
            var programme = await ProgrammeData.AddAsync(bot.Services, placementStart: Start, placementMonths: 3);
            await Conversation.For(bot, programme.CoordinatorUser).Install();
            await Conversation.For(bot, programme.SupervisorUser).Install();
            return new Bed(bot, programme);
        }

        public Task RunUntilAsync(DateTimeOffset end) => Bot.RunSchedulesUntilAsync(end);

        public IReadOnlyList<BotFramework.Schema.Activity> CardsTo(TeamsUser user, string template) =>
            [.. Bot.Connector.Sent.Where(a => a.Conversation?.Id == user.ConversationId && a.Attachments?.Any(at => at.Name == template) == true)];

        public async Task<(HttpStatusCode Status, JsonObject Response)> ExecuteAsync(TeamsUser user, string verb, JsonObject data)
        {
            var response = await Bot.CreateClient().PostActivityAsync(Activities.CardAction(user, verb, data.DeepClone().AsObject()));
            return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
        }

        public async Task<List<CheckIn>> CheckInsAsync(string kind)
        {
            await using var db = Bot.OpenDatabase();
            return [.. (await db.CheckIns.AsNoTracking().Where(c => c.Kind == kind).ToListAsync()).OrderBy(c => c.DueUtc)];
        }

        public async Task<Core.Outbox.OutboxMessage> OutboxMessageForAsync(string definitionId)
        {
            await using var db = Bot.OpenDatabase();
            return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ScheduleDefinitionId == definitionId);
        }

        public async Task<(Guid PlacementId, Guid PeriodId)> IdsAsync()
        {
            await using var db = Bot.OpenDatabase();
            var placement = await db.Placements.AsNoTracking().SingleAsync();
            return (placement.Id, placement.ContractPeriods.Single().Id);
        }

        /// <summary>Everything a decision writes: decisions, the placement and its periods, the schedules' dates.</summary>
        public async Task<string> SnapshotAsync()
        {
            await using var db = Bot.OpenDatabase();
            var placement = await db.Placements.AsNoTracking().SingleAsync(p => p.TraineeId == Programme.Trainee.Id);
            var schedules = await db.Schedules.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.AnchorsJson, s.Status, s.NextNominalDate, s.Revision }).ToListAsync();
            return System.Text.Json.JsonSerializer.Serialize(new
            {
                Decisions = await db.RenewalDecisions.CountAsync(),
                placement.EndDate,
                placement.InterruptedUtc,
                Periods = placement.ContractPeriods.OrderBy(p => p.StartDate).Select(p => new { p.Id, p.StartDate, p.EndDate }),
                Schedules = schedules,
            });
        }

        public ValueTask DisposeAsync()
        {
            Bot.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
