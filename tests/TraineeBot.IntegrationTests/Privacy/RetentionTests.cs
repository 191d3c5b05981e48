using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Privacy.DataRights;
using TraineeBot.Core.Privacy.Retention;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Privacy.Retention;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Privacy;

/// <summary>
/// The retention job over a real SQLite file on a fake clock. Amira's placement runs 6 January – 5 March 2025, so her
/// last follow-up is 5 March 2025 and her data is due on 5 March 2027; Elin (no placement, registered 1 January 2025)
/// answered a follow-up on 10 June 2025, so hers is due on 10 June 2027. The erasure is a recording fake.
/// </summary>
public sealed class RetentionTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Registered = Local(2025, 1, 1, 10);

    private readonly RecordingErasure erasure = new();
    private readonly TraineeBotFactory bot;

    public RetentionTests()
    {
        bot = new TraineeBotFactory().With("Outbox:Enabled", "false").WithFakeClock(Registered)
            .WithServices(services => services.AddSingleton<ITraineeErasure>(erasure));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_trainee_is_due_exactly_24_months_after_the_last_follow_up_not_a_day_before()
    {
        var (amira, elin) = await ProgrammeAsync();

        bot.Clock!.SetUtcNow(Local(2027, 3, 4, 23, 59));
        Assert.Empty((await PlanAsync()).Due);

        bot.Clock.SetUtcNow(Local(2027, 3, 5, 0, 1));
        var due = Assert.Single((await PlanAsync()).Due);
        Assert.Equal((amira.Trainee.Id, amira.Coordinator.Id, "Karin Lind", new DateOnly(2025, 3, 5), new DateOnly(2027, 3, 5)),
            (due.TraineeId, due.CoordinatorId, due.CoordinatorName, due.LastFollowUp, due.DueOn));

        // Elin's outcome (the latest of her dates) counts, not her registration.
        bot.Clock.SetUtcNow(Local(2027, 6, 9, 12));
        Assert.DoesNotContain((await PlanAsync()).Due, d => d.TraineeId == elin.Trainee.Id);
        bot.Clock.SetUtcNow(Local(2027, 6, 10, 12));
        Assert.Equal(new DateOnly(2027, 6, 10), Assert.Single((await PlanAsync()).Due, d => d.TraineeId == elin.Trainee.Id).DueOn);
        Assert.Empty(erasure.Calls);
    }

    [Fact]
    public async Task A_dry_run_changes_nothing_and_a_real_run_erases_exactly_the_due_trainees_once()
    {
        var (amira, _) = await ProgrammeAsync();
        bot.Clock!.SetUtcNow(Local(2027, 3, 20, 12));
        await AddAuditAsync(bot.Clock.GetUtcNow().AddYears(-5).AddDays(-1), bot.Clock.GetUtcNow().AddYears(-5).AddDays(1));

        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var dry = await scope.ServiceProvider.GetRequiredService<IRetention>().RunAsync(dryRun: true, Ct);
            Assert.Equal(amira.Trainee.Id, Assert.Single(dry.Due).TraineeId);
            Assert.Equal((1, true), (dry.AuditEntries, dry.DryRun));
            Assert.Empty(dry.Erased);
        }

        Assert.Empty(erasure.Calls);
        await using (var db = bot.OpenDatabase())
        {
            Assert.Equal(2, await db.AuditEntries.CountAsync(Ct));
            Assert.False(await db.Trainees.AnyAsync(t => t.ErasedUtc != null, Ct));
        }

        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<IRetention>().RunAsync(dryRun: false, Ct);
            Assert.Equal(amira.Trainee.Id, Assert.Single(run.Erased));
            Assert.Equal((1, false), (run.AuditEntries, run.DryRun));
            // Erased trainees are not due again.
            Assert.Empty((await scope.ServiceProvider.GetRequiredService<IRetention>().RunAsync(dryRun: false, Ct)).Due);
        }

        Assert.Equal([(amira.Trainee.Id, ErasureReason.Retention, (Guid?)null)], erasure.Calls);
        await using var after = bot.OpenDatabase();
        // The older-than-5-years entry is gone, the younger one kept.
        Assert.Equal(bot.Clock.GetUtcNow().AddYears(-5).AddDays(1), (await after.AuditEntries.AsNoTracking().SingleAsync(Ct)).AtUtc);
        Assert.Equal(amira.Trainee.Id, (await after.Trainees.AsNoTracking().SingleAsync(t => t.ErasedUtc != null, Ct)).Id);
    }

    [Fact]
    public async Task The_job_runs_once_a_day_at_03_15_and_once_after_downtime()
    {
        await ProgrammeAsync();
        var runner = bot.Services.GetRequiredService<RetentionRunner>();
        async Task<bool> RoundAt(DateTimeOffset at)
        {
            bot.Clock!.SetUtcNow(at);
            return (await runner.RunDueAsync(Ct)).Report is not null;
        }

        // Started at 02:00: the previous night's run had not happened in this process, so it runs now (nobody due yet).
        Assert.True(await RoundAt(Local(2027, 3, 4, 2)));
        Assert.False(await RoundAt(Local(2027, 3, 4, 3, 14)));
        Assert.True(await RoundAt(Local(2027, 3, 4, 3, 15)));
        Assert.False(await RoundAt(Local(2027, 3, 4, 23)));
        Assert.Equal(Local(2027, 3, 5, 3, 15), (await runner.RunDueAsync(Ct)).Next);
        Assert.Empty(erasure.Calls);

        // Down from before 03:15 on 5 March for four days: one run when it is back, not four; Amira (due 5 March) erased once.
        Assert.True(await RoundAt(Local(2027, 3, 8, 11)));
        Assert.False(await RoundAt(Local(2027, 3, 8, 11, 5)));
        Assert.Single(erasure.Calls);
        Assert.True(await RoundAt(Local(2027, 3, 9, 3, 15)));
        Assert.Single(erasure.Calls);
    }

    [Fact]
    public async Task The_hosted_job_runs_when_enabled()
    {
        await using var enabled = new TraineeBotFactory().With("Outbox:Enabled", "false").With("Retention:Enabled", "true")
            .WithFakeClock(Registered).WithServices(services => services.AddSingleton<ITraineeErasure>(erasure));
        var amira = await ProgrammeData.AddAsync(enabled.Services, placementStart: new DateOnly(2025, 1, 6), placementMonths: 2);
        enabled.Clock!.SetUtcNow(Local(2027, 3, 5, 2));
        enabled.Clock.Advance(TimeSpan.FromHours(2));

        for (var i = 0; i < 100 && erasure.Calls.IsEmpty; i++)
        {
            enabled.Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(50, Ct);
        }

        Assert.Equal(amira.Trainee.Id, Assert.Single(erasure.Calls).TraineeId);
    }

    [Fact]
    public async Task An_administrator_gets_the_dry_run_report_as_a_card_and_nothing_changes()
    {
        var admin = TeamsUser.New("Ada Admin");
        await using var withAdmin = new TraineeBotFactory().With("Outbox:Enabled", "false").With("Coordinators:Admins:0", admin.AadObjectId)
            .WithFakeClock(Registered).WithServices(services => services.AddSingleton<ITraineeErasure>(erasure));
        var amira = await ProgrammeData.AddAsync(withAdmin.Services, placementStart: new DateOnly(2025, 1, 6), placementMonths: 2);
        withAdmin.Clock!.SetUtcNow(Local(2027, 3, 10, 12));

        await Conversation.For(withAdmin, admin).Install().ExpectCard("welcome")
            .Send("gallring").ExpectCard(RetentionCards.Template, card =>
            {
                var text = card.VisibleText();
                Assert.Contains("Gallring – provkörning", text, StringComparison.Ordinal);
                Assert.Contains("Traineer vars uppgifter raderas (1)", text, StringComparison.Ordinal);
                Assert.Contains($"{amira.Trainee.Id} · Karin Lind · sista uppföljning 2025-03-05 · förföll 2027-03-05", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Amira", text, StringComparison.Ordinal);
            }).RunAsync();
        // A coordinator asking is not answered with it.
        await Conversation.For(withAdmin, amira.CoordinatorUser).Install().ExpectCard("welcome")
            .Send("gallring").ExpectReply(reply => Assert.DoesNotContain(reply.Attachments ?? [], a => a.Name == RetentionCards.Template)).RunAsync();

        Assert.Empty(erasure.Calls);
        await using var db = withAdmin.OpenDatabase();
        Assert.False(await db.Trainees.AnyAsync(t => t.ErasedUtc != null, Ct));
    }

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) =>
        SupervisorsLocal(year, month, day, hour, minute);

    private static DateTimeOffset SupervisorsLocal(int year, int month, int day, int hour, int minute) =>
        Supervisors.SupervisorBed.Local(year, month, day, hour, minute);

    private async Task<(ProgrammeFixture Amira, ProgrammeFixture Elin)> ProgrammeAsync()
    {
        var amira = await ProgrammeData.AddAsync(bot.Services, placementStart: new DateOnly(2025, 1, 6), placementMonths: 2);
        var elin = await ProgrammeData.AddAsync(bot.Services, traineeName: "Elin Svensson", placementMonths: 0);
        await using var db = bot.OpenDatabase();
        db.Outcomes.Add(new Outcome { Id = Guid.NewGuid(), TraineeId = elin.Trainee.Id, MonthsAfter = 3, Status = OutcomeStatus.Work, AnsweredUtc = Local(2025, 6, 10, 9) });
        await db.SaveChangesAsync(Ct);
        return (amira, elin);
    }

    private async Task<RetentionReport> PlanAsync()
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRetention>().PlanAsync(Ct);
    }

    private async Task AddAuditAsync(params DateTimeOffset[] times)
    {
        await using var db = bot.OpenDatabase();
        foreach (var at in times)
        {
            db.AuditEntries.Add(new AuditEntry { Id = Guid.NewGuid(), AtUtc = at, ActorRole = "System", Action = AuditActions.Decision, Command = "test" });
        }

        await db.SaveChangesAsync(Ct);
    }

    private sealed class RecordingErasure : ITraineeErasure
    {
        public ConcurrentQueue<(Guid TraineeId, ErasureReason Reason, Guid? RequestedBy)> Calls { get; } = new();

        public Task<ErasureResult> EraseAsync(Guid traineeId, ErasureReason reason, Guid? requestedByUserId, CancellationToken cancellationToken)
        {
            Calls.Enqueue((traineeId, reason, requestedByUserId));
            return Task.FromResult(new ErasureResult(true, 1));
        }
    }
}
