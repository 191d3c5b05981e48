using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Coordinators.Alerts;
using TraineeBot.IntegrationTests.Supervisors;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Privacy;

/// <summary>
/// Every change a coordinator makes about a trainee is written to the audit log with the change (one test per kind),
/// and "logg för Amira" shows it — to the trainee's coordinator or an administrator, never to anyone else.
/// </summary>
public sealed class AuditLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Registration_on_the_card_is_recorded_and_the_log_card_shows_it()
    {
        using var bot = new TraineeBotFactory().With("Outbox:Enabled", "false");
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var karin = Conversation.For(bot, f.CoordinatorUser);
        await karin.Install().ExpectCard("welcome")
            .ExecuteCard("registration.submit", new Dictionary<string, object> { ["name"] = "Sara Nilsson", ["email"] = "sara.nilsson@example.se" });

        var sara = await TraineeAsync(bot, "Sara Nilsson");
        var entry = Assert.Single(await EntriesAsync(bot, sara.Id));
        Assert.Equal((AuditActions.ChangeAssignment, "registration.submit", f.CoordinatorUser.AadObjectId, "Coordinator", true),
            (entry.Action, entry.Command, await EntraIdAsync(bot, entry.ActorUserId), entry.ActorRole, entry.Allowed));

        await karin.Send("logg för Sara").ExpectCard(AuditLogCards.Template, card =>
        {
            var text = card.VisibleText();
            Assert.Contains("Logg för Sara Nilsson", text, StringComparison.Ordinal);
            Assert.Contains("Registrerade eller ändrade tilldelning · registration.submit · tillåtet", text, StringComparison.Ordinal);
            Assert.Contains("Läste loggen · audit.log · tillåtet", text, StringComparison.Ordinal);
            Assert.Contains("· Karin Lind", text, StringComparison.Ordinal);
        }).RunAsync();

        // The read is recorded too, newest first.
        var entries = await EntriesAsync(bot, sara.Id);
        Assert.Equal([AuditActions.ReadAudit, AuditActions.ChangeAssignment], entries.Select(e => e.Action));
    }

    [Fact]
    public async Task A_csv_import_records_one_entry_per_trainee()
    {
        using var bot = new TraineeBotFactory().With("Outbox:Enabled", "false");
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        await Conversation.For(bot, f.CoordinatorUser).Install().ExpectCard("welcome")
            .Send("namn;e-post\nSara Ali;sara.ali@example.se\nOmar Said;omar.said@example.se\n").ExpectReplyContaining("2 traineer registrerade").RunAsync();

        foreach (var name in new[] { "Sara Ali", "Omar Said" })
        {
            var entry = Assert.Single(await EntriesAsync(bot, (await TraineeAsync(bot, name)).Id));
            Assert.Equal((AuditActions.ChangeAssignment, "import.csv", "registered"), (entry.Action, entry.Command, entry.Detail));
        }
    }

    [Fact]
    public async Task A_hand_over_is_recorded_and_the_new_coordinator_reads_the_log()
    {
        using var bot = new TraineeBotFactory().With("Outbox:Enabled", "false");
        var f = await ProgrammeData.AddAsync(bot.Services);
        var other = await ProgrammeData.AddAsync(bot.Services, traineeName: "Elin Svensson", placementMonths: 0);
        await Conversation.For(bot, f.CoordinatorUser).Install().RunAsync();

        var (status, _) = await bot.ExecuteAsync(f.CoordinatorUser, "coordinator.hand-over",
            new JsonObject { ["traineeId"] = f.Trainee.Id.ToString(), ["coordinatorId"] = other.Coordinator.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, status);
        var entry = Assert.Single(await EntriesAsync(bot, f.Trainee.Id));
        Assert.Equal((AuditActions.ChangeAssignment, "coordinator.hand-over"), (entry.Action, entry.Command));
        // Now Amira is the other coordinator's: they read her log, the first one no longer can.
        await Conversation.For(bot, other.CoordinatorUser).Install().ExpectCard("welcome")
            .Send("audit log for Amira").ExpectCard(AuditLogCards.Template, card =>
                Assert.Contains("coordinator.hand-over", card.VisibleText(), StringComparison.Ordinal)).RunAsync();
        await Conversation.For(bot, f.CoordinatorUser).ExpectCard("welcome").Send("logg för Amira").ExpectReply("Jag hittar ingen som heter ”Amira” i din grupp.").RunAsync();
    }

    [Fact]
    public async Task A_renewal_decision_is_recorded_with_its_kind_and_period_never_the_reason()
    {
        using var bot = new TraineeBotFactory().With("Outbox:Enabled", "false");
        var f = await ProgrammeData.AddAsync(bot.Services);
        await Conversation.For(bot, f.CoordinatorUser).Install().RunAsync();
        var period = f.Placement!.ContractPeriods.OrderBy(p => p.StartDate).First();

        var (status, _) = await bot.ExecuteAsync(f.CoordinatorUser, "renewal.interrupt", new JsonObject
        {
            ["placementId"] = f.Placement.Id.ToString(),
            ["periodId"] = period.Id.ToString(),
            ["reason"] = "Hemlig anledning om hälsan",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        await using var db = bot.OpenDatabase();
        Assert.Equal(RenewalKindInterrupted, (await db.RenewalDecisions.AsNoTracking().SingleAsync(Ct)).Kind.ToString());
        // (The renewal card's read of her answers is recorded by the access policy, as its own entry.)
        var entry = Assert.Single(await EntriesAsync(bot, f.Trainee.Id, AuditActions.Decision));
        Assert.Equal((AuditActions.Decision, "renewal.interrupt", "Interrupted period 1"), (entry.Action, entry.Command, entry.Detail));
        Assert.DoesNotContain(await db.AuditEntries.AsNoTracking().ToListAsync(Ct), e => (e.Detail ?? string.Empty).Contains("Hemlig", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_resolved_case_is_recorded()
    {
        using var bot = new TraineeBotFactory().With("Outbox:Enabled", "false");
        var f = await ProgrammeData.AddAsync(bot.Services);
        await Conversation.For(bot, f.CoordinatorUser).Install().RunAsync();
        var @case = await bot.OpenCaseAsync(f.Trainee.Id, CaseKind.HelpRequest, "Jag behöver hjälp");

        var (status, _) = await bot.ExecuteAsync(f.CoordinatorUser, "case.resolve", new JsonObject { ["caseId"] = @case.Id.ToString() });
        await bot.ExecuteAsync(f.CoordinatorUser, "case.resolve", new JsonObject { ["caseId"] = @case.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, status);
        // Pressed twice: one decision (each press's read of the case is the access policy's own entry).
        var entry = Assert.Single(await EntriesAsync(bot, f.Trainee.Id, AuditActions.Decision));
        Assert.Equal((AuditActions.Decision, "case.resolve", "HelpRequest"), (entry.Action, entry.Command, entry.Detail));
    }

    [Fact]
    public async Task A_red_flag_marked_call_planned_and_handled_is_recorded_twice()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("call-me", "Ja")));
        var flag = Assert.Single(await bed.CasesAsync());
        JsonObject Data() => new() { ["caseId"] = flag.Id.ToString() };

        await bed.ExecuteAsync(bed.Coordinator, "supervisor-flag.call-planned", Data());
        await bed.ExecuteAsync(bed.Coordinator, "supervisor-flag.handled", Data());
        // Another coordinator's press changes nothing and records nothing.
        var other = await ProgrammeData.AddAsync(bed.Bot.Services, traineeName: "Elin Svensson", placementMonths: 0);
        var (_, refused) = await bed.ExecuteAsync(other.CoordinatorUser, "supervisor-flag.handled", Data());

        Assert.Equal(403, refused["statusCode"]!.GetValue<int>());
        var entries = await EntriesAsync(bed.Bot, bed.Programme.Trainee.Id, AuditActions.Decision);
        // (Both at the same instant of the fake clock: compared as a set.)
        Assert.Equal(["supervisor-flag.call-planned", "supervisor-flag.handled"], entries.Select(e => e.Command).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal((AuditActions.Decision, bed.Programme.Coordinator.UserId), (e.Action, e.ActorUserId!.Value)));
    }

    [Fact]
    public async Task A_coordinator_outside_the_caseload_gets_the_neutral_answer_and_an_administrator_reads_any_log()
    {
        var admin = TeamsUser.New("Ada Admin");
        using var bot = new TraineeBotFactory().With("Outbox:Enabled", "false").With("Coordinators:Admins:0", admin.AadObjectId);
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var other = await ProgrammeData.AddAsync(bot.Services, traineeName: "Elin Svensson", placementMonths: 0);
        await Conversation.For(bot, f.CoordinatorUser).Install().ExpectCard("welcome").Send("logg Amira").ExpectCard(AuditLogCards.Template).RunAsync();

        var b = Conversation.For(bot, other.CoordinatorUser);
        await b.Install().ExpectCard("welcome")
            .Send("logg för Amira").ExpectReply("Jag hittar ingen som heter ”Amira” i din grupp.")
            .Send("vem har sett Nobody?").ExpectReply("Jag hittar ingen som heter ”Nobody” i din grupp.")
            .ExecuteCard(AuditLogAction.VerbName, new { traineeId = f.Trainee.Id.ToString() })
            .RunAsync();
        // A tampered button with Amira's id: refused, her name not shown.
        Assert.Equal(404, b.LastInvokeResponse!["statusCode"]!.GetValue<int>());
        Assert.DoesNotContain("Amira", b.LastInvokeResponse.ToJsonString(), StringComparison.Ordinal);
        await Conversation.For(bot, admin).Install().ExpectCard("welcome")
            .Send("audit Amira Hassan").ExpectCard(AuditLogCards.Template, card =>
            {
                Assert.Contains("Logg för Amira Hassan", card.VisibleText(), StringComparison.Ordinal);
                Assert.Contains("· Karin Lind", card.VisibleText(), StringComparison.Ordinal);
            }).RunAsync();

        var entries = await EntriesAsync(bot, f.Trainee.Id);
        var reads = entries.Where(e => e.Allowed).ToList();
        // Karin's read and the administrator's; the other coordinator's attempts read nothing, and their tampered
        // button is recorded as refused.
        Assert.Equal(["Administrator", "Coordinator"], reads.Select(e => e.ActorRole));
        var refused = Assert.Single(entries, e => !e.Allowed);
        Assert.Equal((AuditActions.Denied, AuditLogAction.VerbName, other.Coordinator.UserId), (refused.Action, refused.Command, refused.ActorUserId!.Value));
        Assert.Equal(f.CoordinatorUser.AadObjectId, await EntraIdAsync(bot, reads[1].ActorUserId));
    }

    [Fact]
    public async Task An_ambiguous_name_asks_whose_log_and_the_button_shows_it()
    {
        using var bot = new TraineeBotFactory().With("Outbox:Enabled", "false");
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        await bot.ImportAsync(f.Coordinator.Id, "namn;e-post\nAmira Berg;amira.berg@example.se\n");
        var karin = Conversation.For(bot, f.CoordinatorUser);
        await karin.Install().ExpectCard("welcome").Send("logg för Amira").ExpectCard(AuditLogCards.Template, card =>
        {
            Assert.Contains("Vems logg menar du?", card.VisibleText(), StringComparison.Ordinal);
            Assert.Contains("Amira Berg", card.VisibleText(), StringComparison.Ordinal);
            Assert.Contains("Amira Hassan", card.VisibleText(), StringComparison.Ordinal);
        }).ExecuteCard(AuditLogAction.VerbName, new { traineeId = f.Trainee.Id.ToString() });

        Assert.Contains("Logg för Amira Hassan", karin.LastInvokeResponse!["value"]!.VisibleText(), StringComparison.Ordinal);
        Assert.Equal("audit.log", Assert.Single(await EntriesAsync(bot, f.Trainee.Id)).Command);
    }

    [Fact]
    public async Task A_trainee_writing_logg_for_amira_gets_nothing_special()
    {
        using var bot = new TraineeBotFactory().With("Outbox:Enabled", "false");
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        await Conversation.For(bot, f.TraineeUser).Install().ExpectCard("consent")
            .Send("logg för Amira").ExpectReply(reply => Assert.DoesNotContain(reply.Attachments ?? [], a => a.Name == AuditLogCards.Template))
            .RunAsync();

        await using var db = bot.OpenDatabase();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ReadAudit, Ct));
    }

    private const string RenewalKindInterrupted = "Interrupted";

    private static async Task<Trainee> TraineeAsync(TraineeBotFactory bot, string name)
    {
        await using var db = bot.OpenDatabase();
        return await db.Trainees.AsNoTracking().SingleAsync(t => t.Name == name, Ct);
    }

    private static async Task<List<AuditEntry>> EntriesAsync(TraineeBotFactory bot, Guid traineeId, string? action = null)
    {
        await using var db = bot.OpenDatabase();
        return [.. (await db.AuditEntries.AsNoTracking().Where(e => e.TraineeId == traineeId && (action == null || e.Action == action)).ToListAsync(Ct))
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)];
    }

    private static async Task<string?> EntraIdAsync(TraineeBotFactory bot, Guid? userId)
    {
        await using var db = bot.OpenDatabase();
        return (await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, Ct)).AadObjectId;
    }
}

internal static class AuditBedExtensions
{
    public static async Task ImportAsync(this TraineeBotFactory bot, Guid coordinatorId, string csv)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<Core.Coordinators.Registration.ITraineeImport>();
        var report = await import.ImportAsync(csv, coordinatorId, dryRun: false, "sv", CancellationToken.None);
        Assert.True(report.Written);
    }
}
