using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Core.Users;
using TraineeBot.Infrastructure.Programme;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Programme;

/// <summary>Registering people and placements through <see cref="IProgramme"/>, on a real SQLite file.</summary>
public sealed class ProgrammeTests : IDisposable
{
    private static readonly DateTimeOffset Monday0900 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private readonly TraineeBotFactory bot = new TraineeBotFactory().With("Outbox:Enabled", "false").WithFakeClock(Monday0900);

    [Fact]
    public async Task A_placement_starts_the_trainees_check_ins_and_follow_ups_with_its_dates()
    {
        var start = new DateOnly(2026, 11, 30);
        var f = await ProgrammeData.AddAsync(bot.Services, placementStart: start, placementMonths: 6);

        await using var db = bot.OpenDatabase();
        var schedules = await db.Schedules.AsNoTracking().Where(s => s.RecipientUserId == f.Trainee.UserId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["after-programme", "trainee-checkin"], schedules.Select(s => s.DefinitionId).Order());
        var anchors = ScheduleAnchors.FromJson(schedules[0].AnchorsJson);
        Assert.Equal([start], anchors.Get(ScheduleAnchors.Start));
        Assert.Equal([new DateOnly(2027, 5, 29)], anchors.Get(ScheduleAnchors.End));
        Assert.Equal([new DateOnly(2027, 2, 28)], anchors.Get(ScheduleAnchors.Renewals));
        var placement = await db.Placements.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, placement.ContractPeriods.Count);
        var roles = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Role, TestContext.Current.CancellationToken);
        Assert.Equal(UserRole.Trainee, roles[f.Trainee.UserId]);
        Assert.Equal(UserRole.Coordinator, roles[f.Coordinator.UserId]);
        Assert.Equal(UserRole.Supervisor, roles[f.Supervisor.UserId]);
    }

    [Fact]
    public async Task A_placement_that_breaks_a_rule_is_refused_and_nothing_is_stored()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        await using var scope = bot.Services.CreateAsyncScope();
        var programme = scope.ServiceProvider.GetRequiredService<IProgramme>();
        var start = new DateOnly(2027, 1, 4);

        var tooLong = await Assert.ThrowsAsync<ProgrammeRuleException>(() => programme.CreatePlacementAsync(
            new NewPlacement(f.Trainee.Id, f.Workplace.Id, f.Supervisor.Id, PlacementKind.External, start, start.AddMonths(13)), TestContext.Current.CancellationToken));
        Assert.Equal(ProgrammeProblemKind.TooLong, tooLong.Problem.Kind);
        var otherWorkplace = await programme.RegisterWorkplaceAsync(new NewWorkplace("Annan"), TestContext.Current.CancellationToken);
        var wrongSupervisor = await Assert.ThrowsAsync<ProgrammeRuleException>(() => programme.CreatePlacementAsync(
            new NewPlacement(f.Trainee.Id, otherWorkplace.Id, f.Supervisor.Id, PlacementKind.Internal, start, start.AddMonths(3)), TestContext.Current.CancellationToken));
        Assert.Equal(ProgrammeProblemKind.NotFound, wrongSupervisor.Problem.Kind);

        await programme.CreatePlacementAsync(new NewPlacement(f.Trainee.Id, f.Workplace.Id, f.Supervisor.Id, PlacementKind.Internal, start, start.AddMonths(6)), TestContext.Current.CancellationToken);
        var overlap = await Assert.ThrowsAsync<ProgrammeRuleException>(() => programme.CreatePlacementAsync(
            new NewPlacement(f.Trainee.Id, f.Workplace.Id, f.Supervisor.Id, PlacementKind.Internal, start.AddMonths(5), start.AddMonths(8)), TestContext.Current.CancellationToken));
        Assert.Equal(ProgrammeProblemKind.OverlapsAnotherPlacement, overlap.Problem.Kind);

        await using var db = bot.OpenDatabase();
        Assert.Equal(1, await db.Placements.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_registered_person_is_recognised_by_their_Entra_id_when_they_first_write()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);

        await Conversation.For(bot, f.TraineeUser).Send("hjälp").ExpectReply(_ => { });

        await using var db = bot.OpenDatabase();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == f.Trainee.UserId, TestContext.Current.CancellationToken);
        Assert.Equal(f.TraineeUser.Id, user.ChannelUserId);
        Assert.Equal(UserRole.Trainee, user.Role);
        Assert.Equal(1, await db.Users.CountAsync(u => u.AadObjectId == f.TraineeUser.AadObjectId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_journey_is_the_current_placement_then_the_next_then_the_last()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementStart: new DateOnly(2026, 8, 1), placementMonths: 3);
        await using var scope = bot.Services.CreateAsyncScope();
        var programme = scope.ServiceProvider.GetRequiredService<IProgramme>();
        var before = await programme.JourneyOfUserAsync(f.Trainee.UserId, TestContext.Current.CancellationToken);
        Assert.Equal(f.Placement!.Id, before!.Placement!.Id);   // the one that ended: nothing else yet
        var next = await programme.CreatePlacementAsync(new NewPlacement(
            f.Trainee.Id, f.Workplace.Id, f.Supervisor.Id, PlacementKind.Internal, new DateOnly(2026, 12, 7), new DateOnly(2027, 3, 6)), TestContext.Current.CancellationToken);

        // Read again in the same scope after the change: not the journey remembered before it.
        var journey = await programme.JourneyOfUserAsync(f.Trainee.UserId, TestContext.Current.CancellationToken);

        Assert.NotNull(journey);
        Assert.Equal(next.Id, journey.Placement!.Id);
        Assert.Equal(f.Coordinator.Id, journey.Coordinator.Id);
        Assert.Equal(f.Supervisor.Id, journey.Supervisor!.Id);
        Assert.Null(await programme.JourneyOfUserAsync(f.Coordinator.UserId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_demo_programme_is_seeded_once_with_the_playground_users()
    {
        Assert.True(await DemoProgramme.SeedAsync(bot.Services, TestContext.Current.CancellationToken));
        Assert.False(await DemoProgramme.SeedAsync(bot.Services, TestContext.Current.CancellationToken));

        await using var db = bot.OpenDatabase();
        Assert.Equal(3, await db.Trainees.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.Supervisors.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.Placements.CountAsync(TestContext.Current.CancellationToken));
        var configured = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "playground"), "*.yml")
            .Select(path => File.ReadAllLines(path).SkipWhile(l => l != "currentUser:").First(l => l.TrimStart().StartsWith("aadObjectId:", StringComparison.Ordinal)).Split(':')[1].Trim())
            .Order().ToList();
        var seeded = await db.Users.AsNoTracking().Where(u => u.AadObjectId != null).Select(u => u.AadObjectId!).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(configured, seeded.Order());
    }

    public void Dispose() => bot.Dispose();
}
