using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Supervisors;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators.Alerts;

/// <summary>
/// Immediate alerts to the trainee's own coordinator, on a fake clock: a red flag's card (opened by the case) within a
/// minute and not repeated by the alert loop; a supervisor's check-in unanswered after its reminders, once.
/// </summary>
public sealed class ImmediateAlertTests
{
    [Fact]
    public async Task A_red_flag_reaches_the_trainees_coordinator_within_a_minute_once_and_not_another_coordinator()
    {
        await using var bed = await SupervisorBed.NewAsync();
        var other = await ProgrammeData.AddAsync(bed.Bot.Services, traineeName: "Elin Svensson", placementMonths: 0);
        await Conversation.For(bed.Bot, other.CoordinatorUser).Install();
        // Thursday 14 January 2027, 13:00: after the digest's morning, so only the flag can go out.
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 13));
        var before = bed.Bot.SentTo(bed.Coordinator).Count;
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));

        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("renewal", "no")));
        await bed.Bot.RunAllUntilAsync(bed.Now + TimeSpan.FromMinutes(1));
        await bed.Bot.RunAllUntilAsync(bed.Now + TimeSpan.FromMinutes(30));

        var flag = Assert.Single(await bed.CasesAsync());
        Assert.Equal((CaseKind.RedFlag, bed.Programme.Coordinator.Id), (flag.Kind, flag.CoordinatorId));
        await using var db = bed.Bot.OpenDatabase();
        var card = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == $"case:{flag.Id}", TestContext.Current.CancellationToken);
        Assert.Equal(OutboxStatus.Sent, card.Status);
        Assert.True(card.SentUtc - flag.OpenedUtc <= TimeSpan.FromMinutes(1), $"sent {card.SentUtc - flag.OpenedUtc} after the flag");
        Assert.Single(bed.Bot.SentTo(bed.Coordinator).Skip(before));
        Assert.Empty(bed.Bot.DigestsTo(other.CoordinatorUser));
        Assert.Equal(bed.Programme.Coordinator.UserId, card.RecipientUserId);
        Assert.DoesNotContain(bed.Bot.SentTo(other.CoordinatorUser), a => a.Attachments?.Any(at => at.Name is "supervisor-flag" or "case-coordinator") == true);
    }

    [Fact]
    public async Task A_supervisors_check_in_unanswered_after_its_reminders_alerts_the_coordinator_within_a_minute_once()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        DateTimeOffset lastReminder;
        await using (var db = bed.Bot.OpenDatabase())
        {
            lastReminder = (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == $"supervisor:{checkIn.Id}:reminder:2", TestContext.Current.CancellationToken)).DueUtc;
        }

        // Up to a minute before the last reminder nothing is unanswered; then everything runs as in production.
        await bed.RunUntilAsync(lastReminder - TimeSpan.FromMinutes(1));
        Assert.DoesNotContain(bed.Bot.DigestsTo(bed.Coordinator), a => a.Card().VisibleText().Contains("Handledaren har inte svarat", StringComparison.Ordinal));
        await bed.Bot.RunAllUntilAsync(lastReminder + TimeSpan.FromMinutes(1));
        await bed.Bot.RunAllUntilAsync(lastReminder + TimeSpan.FromHours(2));

        Assert.Equal(CheckInStatus.Unanswered, Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor)).Status);
        var alert = Assert.Single(bed.Bot.DigestsTo(bed.Coordinator), a => a.Card().VisibleText().Contains("Handledaren har inte svarat", StringComparison.Ordinal)).Card();
        Assert.Contains("Maria Berg har inte svarat på avstämningen om Amira Hassan (skickad 13 januari) trots påminnelser.", alert.VisibleText(), StringComparison.Ordinal);
        Assert.Equal(bed.Programme.Trainee.Id.ToString(), Assert.Single(alert.Buttons())["traineeId"]!.GetValue<string>());
        await using (var db = bed.Bot.OpenDatabase())
        {
            var sent = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == $"supervisor-unanswered:{checkIn.Id}", TestContext.Current.CancellationToken);
            Assert.Equal(bed.Programme.Coordinator.UserId, sent.RecipientUserId);
            Assert.True(sent.SentUtc - lastReminder <= TimeSpan.FromMinutes(1), $"sent {sent.SentUtc - lastReminder} after the last reminder");
        }

        // The next morning's digest lists it; no second alert.
        await bed.Bot.RunAllUntilAsync(bed.Now + TimeSpan.FromDays(1));
        Assert.Single(bed.Bot.DigestsTo(bed.Coordinator), a => a.Card().VisibleText().Contains("Handledaren har inte svarat", StringComparison.Ordinal));
        Assert.Contains(bed.Bot.DigestsTo(bed.Coordinator), a => a.Card().VisibleText().Contains("Amira Hassan · handledarens avstämning 13 januari", StringComparison.Ordinal));
    }
}
