using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Coordinators.Matching;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.IntegrationTests.Supervisors;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Security.Tampering;

/// <summary>
/// Two caseloads on a fake clock, built as the bot builds them and then lived through to 14 January 2027:
/// <list type="bullet">
/// <item>A: coordinator Karin (CA), trainee Amira (TA, placement PA from 30 November 2026, 6 months, two periods),
/// supervisor Maria (SA); a second trainee Omar (A2, 3 months) whose renewal is already decided and who refused consent.</item>
/// <item>B: another coordinator (CB), trainee Elin (TB, placement PB), another supervisor (SB). Nothing of B may ever
/// reach A's people: "Elin" in anything sent to them is a leak.</item>
/// </list>
/// Each of A's subjects exists in an actionable state and, where the verb has one, a done/stale state (answered,
/// resolved, decided, withdrawn, closed), made through the real card actions.
/// </summary>
internal sealed class TamperingWorld : IAsyncDisposable
{
    public const string VictimName = "Elin";

    private TamperingWorld(TraineeBotFactory bot, ConcurrentQueue<string> logs) => (Bot, Logs) = (bot, logs);

    public TraineeBotFactory Bot { get; }

    public ConcurrentQueue<string> Logs { get; }

    public ProgrammeFixture A { get; private set; } = null!;

    public ProgrammeFixture B { get; private set; } = null!;

    public TeamsUser A2User { get; private set; } = null!;

    public Trainee A2 { get; private set; } = null!;

    public Guid PeriodA1 { get; private set; }

    public Guid PeriodA2 { get; private set; }

    public Guid PeriodB { get; private set; }

    public Guid A2Placement { get; private set; }

    public Guid A2Period { get; private set; }

    /// <summary>SA's answered, still open supervisor check-in about TA (answered with a red flag).</summary>
    public Guid SupervisorCheckInA { get; private set; }

    /// <summary>SA's open, unanswered check-in (the "remind me later" was already pressed on it).</summary>
    public Guid SupervisorCheckInAOpen { get; private set; }

    /// <summary>SA's closed check-in about TA (an earlier occurrence).</summary>
    public Guid SupervisorCheckInAClosed { get; private set; }

    public string LaterDate { get; private set; } = null!;

    public Guid SupervisorCheckInB { get; private set; }

    /// <summary>TA's red flag, already handled by CA.</summary>
    public Guid FlagA { get; private set; }

    public Guid FlagB { get; private set; }

    /// <summary>TA's help request, already resolved by CA.</summary>
    public Guid HelpA { get; private set; }

    public Guid HelpB { get; private set; }

    public Guid TraineeCheckInAOpen { get; private set; }

    public Guid TraineeCheckInAAnswered { get; private set; }

    public Guid TraineeCheckInB { get; private set; }

    public Guid OpeningA { get; private set; }

    /// <summary>Withdrawn by CA.</summary>
    public Guid OpeningAWithdrawn { get; private set; }

    public Guid OpeningB { get; private set; }

    public static JsonObject Registered => new() { ["name"] = "Sara Nilsson", ["email"] = "sara.nilsson@example.se" };

    public static async Task<TamperingWorld> NewAsync()
    {
        var logs = new ConcurrentQueue<string>();
        var bot = OutboxTestBed.NewBot()
            .With("Outbox:ScheduleTick", "1.00:00:00")
            .WithServices(services => services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(logs)));
        var world = new TamperingWorld(bot, logs);
        await world.BuildAsync();
        return world;
    }

    private async Task BuildAsync()
    {
        var start = SupervisorBed.PlacementStart;
        A = await ProgrammeData.AddAsync(Bot.Services, placementStart: start, placementMonths: 6);
        B = await ProgrammeData.AddAsync(Bot.Services, traineeName: "Elin Svensson", placementStart: start, placementMonths: 6);
        A2User = TeamsUser.New("Omar Ali");
        await using (var scope = Bot.Services.CreateAsyncScope())
        {
            var programme = scope.ServiceProvider.GetRequiredService<IProgramme>();
            A2 = await programme.RegisterTraineeAsync(
                new NewTrainee(new NewPerson(A2User.Name, null, A2User.AadObjectId, Language: "sv"), A.Coordinator.Id, BirthYear: 2004, HomeDepartment: "Äldreförvaltningen"),
                CancellationToken.None);
            var placement = await programme.CreatePlacementAsync(new NewPlacement(
                A2.Id, A.Workplace.Id, A.Supervisor.Id, PlacementKind.Internal, start, start.AddMonths(3).AddDays(-1),
                Role: "Kökshjälp", StartTime: new TimeOnly(8, 0), AskFor: A.SupervisorUser.Name, Bring: "Id-kort", ContractSigned: true), CancellationToken.None);
            A2Placement = placement.Id;
            var openings = scope.ServiceProvider.GetRequiredService<IOpenings>();
            var today = new DateOnly(2026, 12, 1);
            OpeningA = (await openings.RegisterAsync(new NewOpening(A.Workplace.Id, PlacementKind.Internal, "preschool", 30, true, "Tumba", 45, [], today, A.Coordinator.Id), CancellationToken.None)).Id;
            OpeningAWithdrawn = (await openings.RegisterAsync(new NewOpening(A.Workplace.Id, PlacementKind.Internal, "kitchen", 30, true, "Tumba", 45, [], today, A.Coordinator.Id), CancellationToken.None)).Id;
            OpeningB = (await openings.RegisterAsync(new NewOpening(B.Workplace.Id, PlacementKind.Internal, "preschool", 30, true, "Tumba", 45, [], today, B.Coordinator.Id), CancellationToken.None)).Id;
        }

        foreach (var user in new[] { A.CoordinatorUser, A.SupervisorUser, A.TraineeUser, B.CoordinatorUser, B.SupervisorUser, B.TraineeUser, A2User })
        {
            await PostAsync(Activities.InstallationAdd(user));
        }

        await Expect(A.TraineeUser, "consent.give", []);
        await PostAsync(Activities.Message(A.TraineeUser, "avbryt"));
        await Expect(B.TraineeUser, "consent.give", []);
        await PostAsync(Activities.Message(B.TraineeUser, "avbryt"));
        await Expect(A2User, "consent.refuse", []);

        await Bot.RunSchedulesUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));

        await using (var db = Bot.OpenDatabase())
        {
            var checkIns = await db.CheckIns.AsNoTracking().ToListAsync();
            var placements = await db.Placements.AsNoTracking().ToListAsync();
            var pa = placements.Single(p => p.TraineeId == A.Trainee.Id);
            PeriodA1 = pa.ContractPeriods.OrderBy(p => p.StartDate).First().Id;
            PeriodA2 = pa.ContractPeriods.OrderBy(p => p.StartDate).Last().Id;
            PeriodB = placements.Single(p => p.TraineeId == B.Trainee.Id).ContractPeriods.OrderBy(p => p.StartDate).First().Id;
            A2Period = placements.Single(p => p.Id == A2Placement).ContractPeriods.Single().Id;
            SupervisorCheckInA = checkIns.Single(c => c.Kind == CheckInKinds.Supervisor && c.TraineeId == A.Trainee.Id).Id;
            SupervisorCheckInB = checkIns.Single(c => c.Kind == CheckInKinds.Supervisor && c.TraineeId == B.Trainee.Id).Id;
            TraineeCheckInB = checkIns.Where(c => c.TraineeId == B.Trainee.Id && !CheckInKinds.IsSupervisors(c.Kind)).OrderBy(c => c.DueUtc).Last().Id;
            var traineeA = checkIns.Where(c => c.TraineeId == A.Trainee.Id && !CheckInKinds.IsSupervisors(c.Kind)).OrderBy(c => c.DueUtc).Last();
            TraineeCheckInAOpen = traineeA.Id;

            // Earlier occurrences, as the schedules leave them: one of the supervisor's closed, one of the trainee's answered,
            // and a second open one of the supervisor's.
            var supervisorA = checkIns.Single(c => c.Id == SupervisorCheckInA);
            SupervisorCheckInAClosed = Clone(db, supervisorA, "closed", CheckInStatus.Closed, Bot.Clock!.GetUtcNow().AddDays(-1));
            SupervisorCheckInAOpen = Clone(db, supervisorA, "open", CheckInStatus.Open, supervisorA.ClosesUtc);
            TraineeCheckInAAnswered = Clone(db, traineeA, "answered", CheckInStatus.Answered, traineeA.ClosesUtc);
            await db.SaveChangesAsync();
        }

        LaterDate = SupervisorBed.Local(2027, 1, 20, 10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(A.SupervisorUser, "supervisor.later", new() { ["checkInId"] = SupervisorCheckInAOpen.ToString(), ["remindOn"] = LaterDate });
        await Expect(A.SupervisorUser, "supervisor.submit", SupervisorBed.Answer(SupervisorCheckInA, ("attendance", "1")));
        await Expect(B.SupervisorUser, "supervisor.submit", SupervisorBed.Answer(SupervisorCheckInB, ("attendance", "1")));
        await PostAsync(Activities.Message(A.TraineeUser, "jag behöver hjälp"));
        await PostAsync(Activities.Message(B.TraineeUser, "jag behöver hjälp"));
        await using (var db = Bot.OpenDatabase())
        {
            var cases = await db.Cases.AsNoTracking().ToListAsync();
            FlagA = cases.Single(c => c.Kind == CaseKind.RedFlag && c.TraineeId == A.Trainee.Id).Id;
            FlagB = cases.Single(c => c.Kind == CaseKind.RedFlag && c.TraineeId == B.Trainee.Id).Id;
            HelpA = cases.Single(c => c.Kind == CaseKind.HelpRequest && c.TraineeId == A.Trainee.Id).Id;
            HelpB = cases.Single(c => c.Kind == CaseKind.HelpRequest && c.TraineeId == B.Trainee.Id).Id;
        }

        // What is done already, through the real actions: each also proves that the fingerprint sees a write.
        await ExpectWrite(A.CoordinatorUser, "supervisor-flag.handled", new() { ["caseId"] = FlagA.ToString() });
        await ExpectWrite(A.CoordinatorUser, "case.resolve", new() { ["caseId"] = HelpA.ToString() });
        await ExpectWrite(A.TraineeUser, "start.arrived", new() { ["placementId"] = A.Placement!.Id.ToString() });
        await ExpectWrite(A.TraineeUser, "start.cannot-come", new() { ["placementId"] = A.Placement!.Id.ToString() });
        await ExpectWrite(A.CoordinatorUser, "matching.withdraw", new() { ["openingId"] = OpeningAWithdrawn.ToString() });
        await ExpectWrite(A.CoordinatorUser, "renewal.end", new() { ["placementId"] = A2Placement.ToString(), ["periodId"] = A2Period.ToString() });
        await ExpectWrite(A.CoordinatorUser, "registration.submit", Registered);
        // Reading the status once marks the supervisor's answer seen; after that a read writes nothing.
        await Expect(A.CoordinatorUser, "coordinator.trainee", new() { ["traineeId"] = A.Trainee.Id.ToString() });
        await Bot.Sender().RunUntilIdleAsync(CancellationToken.None);
    }

    private static Guid Clone(Infrastructure.Persistence.TraineeBotDbContext db, CheckIn original, string suffix, CheckInStatus status, DateTimeOffset? closes)
    {
        var id = Guid.NewGuid();
        db.CheckIns.Add(new CheckIn
        {
            Id = id,
            Kind = original.Kind,
            TraineeId = original.TraineeId,
            PlacementId = original.PlacementId,
            RespondentUserId = original.RespondentUserId,
            OccurrenceKey = original.OccurrenceKey + ":" + suffix,
            DueUtc = original.DueUtc.AddDays(-14),
            Status = status,
            SentUtc = original.SentUtc,
            ClosesUtc = closes,
            AnsweredUtc = status == CheckInStatus.Answered ? original.DueUtc : null,
            AnswersJson = status == CheckInStatus.Answered ? "{}" : null,
        });
        return id;
    }

    private async Task Expect(TeamsUser user, string verb, JsonObject data)
    {
        var (status, body) = await ExecuteAsync(user, verb, data);
        Assert.True(status == HttpStatusCode.OK && (body["statusCode"]?.GetValue<int>() ?? 200) < 400, $"setup {verb} by {user.Name}: {status} {body}");
    }

    private async Task ExpectWrite(TeamsUser user, string verb, JsonObject data)
    {
        var before = await DatabaseFingerprint.TakeAsync(Bot);
        await Expect(user, verb, data);
        Assert.NotEmpty(before.Changes(await DatabaseFingerprint.TakeAsync(Bot)));
    }

    public async Task<(HttpStatusCode Status, JsonObject Body)> ExecuteAsync(TeamsUser user, string verb, JsonObject data)
    {
        var response = await PostAsync(Activities.CardAction(user, verb, data));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text)!.AsObject() : []);
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity) => Bot.CreateClient().PostActivityAsync(activity);

    public ValueTask DisposeAsync()
    {
        Bot.Dispose();
        return ValueTask.CompletedTask;
    }
}
