using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Supervisors;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators;

/// <summary>
/// The coordinator's status answers from the database: the overview's lists, one trainee's status, and caseload
/// isolation (coordinator B never sees A's trainees, whatever id a card sends).
/// </summary>
public sealed class CaseloadStatusTests
{
    [Fact]
    public async Task The_overview_lists_red_flags_renewals_endings_and_limits_of_the_own_caseload_only()
    {
        await using var bed = await SupervisorBed.NewAsync();
        var other = await ProgrammeData.AddAsync(bed.Bot.Services, traineeName: "Elin Svensson", placementStart: new DateOnly(2026, 3, 2), placementMonths: 12);
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 2, 16, 10));
        var checkIn = (await bed.CheckInsAsync(CheckInKinds.Supervisor))[^1];
        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("renewal", "no")));

        var today = new DateOnly(2027, 2, 16);
        var overview = await OverviewAsync(bed, bed.Programme.Coordinator.Id, today);

        Assert.Equal(1, overview.Trainees);
        Assert.Equal("Amira Hassan", Assert.Single(overview.RedFlags).TraineeName);
        // The second contract period starts on 28 February, within 14 days.
        Assert.Equal(new DateOnly(2027, 2, 28), Assert.Single(overview.RenewalsSoon).Date);
        Assert.Empty(overview.EndingSoon);
        var others = await OverviewAsync(bed, other.Coordinator.Id, today);
        Assert.Equal(1, others.Trainees);
        Assert.Empty(others.RedFlags);
        // Elin's external-length placement ends 1 March 2027, within 30 days; internal limit (18 months) is far.
        Assert.Equal(("Elin Svensson", new DateOnly(2027, 3, 1)), (Assert.Single(others.EndingSoon).TraineeName, Assert.Single(others.EndingSoon).Date!.Value));
        Assert.Empty(others.LimitsNear);
        Assert.DoesNotContain(others.RenewalsSoon.Concat(others.RedFlags).Concat(others.EndingSoon), l => l.TraineeName == "Amira Hassan");
    }

    [Fact]
    public async Task A_trainees_status_shows_the_supervisors_last_answer_and_marks_it_seen_and_other_caseloads_get_nothing()
    {
        await using var bed = await SupervisorBed.NewAsync();
        var other = await ProgrammeData.AddAsync(bed.Bot.Services, traineeName: "Elin Svensson", placementMonths: 0);
        await Conversation.For(bed.Bot, other.CoordinatorUser).Install();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("attendance", "5")));
        JsonObject Amira() => new() { ["traineeId"] = bed.Programme.Trainee.Id.ToString() };

        // Coordinator B presses a button carrying Amira's id (a tampered or forwarded card): refused, nothing shown or changed.
        var (_, refused) = await bed.ExecuteAsync(other.CoordinatorUser, "coordinator.trainee", Amira());
        Assert.Equal(404, refused["statusCode"]!.GetValue<int>());
        Assert.DoesNotContain("Amira", refused.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor)).SeenByCoordinatorUtc);
        // The supervisor and the trainee are no coordinators.
        foreach (var notCoordinator in new[] { bed.Supervisor, bed.Programme.TraineeUser })
        {
            var (_, denied) = await bed.ExecuteAsync(notCoordinator, "coordinator.trainee", Amira());
            Assert.Equal(404, denied["statusCode"]!.GetValue<int>());
        }

        var (status, shown) = await bed.ExecuteAsync(bed.Coordinator, "coordinator.trainee", Amira());

        Assert.Equal(HttpStatusCode.OK, status);
        var text = shown["value"]!.VisibleText();
        Assert.Contains("Amira Hassan", text, StringComparison.Ordinal);
        Assert.Contains("Förskolan Solen, Barnskötare · 30 november 2026 – 29 maj", text, StringComparison.Ordinal);
        Assert.Contains("Handledarens senaste svar (14 januari)", text, StringComparison.Ordinal);
        Assert.Contains("Närvaro: 5 – Mycket bra", text, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor)).SeenByCoordinatorUtc);
    }

    [Fact]
    public async Task A_trainee_handed_over_takes_the_history_and_open_cases_to_the_new_coordinator_who_is_told()
    {
        await using var bed = await SupervisorBed.NewAsync();
        var other = await ProgrammeData.AddAsync(bed.Bot.Services, traineeName: "Elin Svensson", placementMonths: 0);
        await Conversation.For(bed.Bot, other.CoordinatorUser).Install();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("renewal", "no")));
        JsonObject Move(Guid trainee, Guid to) => new() { ["traineeId"] = trainee.ToString(), ["coordinatorId"] = to.ToString() };

        // The other coordinator cannot move Amira (not theirs), nor can Amira go to nobody.
        var (_, stolen) = await bed.ExecuteAsync(other.CoordinatorUser, "coordinator.hand-over", Move(bed.Programme.Trainee.Id, other.Coordinator.Id));
        Assert.Equal(404, stolen["statusCode"]!.GetValue<int>());
        var (_, nowhere) = await bed.ExecuteAsync(bed.Coordinator, "coordinator.hand-over", Move(bed.Programme.Trainee.Id, Guid.NewGuid()));
        Assert.Equal(400, nowhere["statusCode"]!.GetValue<int>());

        var (_, moved) = await bed.ExecuteAsync(bed.Coordinator, "coordinator.hand-over", Move(bed.Programme.Trainee.Id, other.Coordinator.Id));

        Assert.Equal("Amira Hassan har nu Karin Lind som koordinator. Historiken följer med.", moved["value"]!.GetValue<string>());
        var today = new DateOnly(2027, 1, 14);
        Assert.Equal(0, (await OverviewAsync(bed, bed.Programme.Coordinator.Id, today)).Trainees);
        var theirs = await OverviewAsync(bed, other.Coordinator.Id, today);
        Assert.Equal("Amira Hassan", Assert.Single(theirs.RedFlags).TraineeName);
        Assert.Equal(other.Coordinator.Id, Assert.Single(await bed.CasesAsync()).CoordinatorId);
        await bed.SendQueuedAsync();
        Assert.Contains("Nya traineer från Karin Lind", Assert.Single(bed.CardsTo(other.CoordinatorUser, "coordinator-status")).Card().VisibleText(), StringComparison.Ordinal);
        // Her supervisor's next cards' delivery problems now go to the new coordinator.
        await using var db = bed.Bot.OpenDatabase();
        var schedules = await db.Schedules.AsNoTracking().Where(s => s.SubjectUserId == bed.Programme.Trainee.UserId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(schedules, s => Assert.Equal(other.Coordinator.UserId, s.NotifyUserId));
        // And the renewal decisions about her go to the new coordinator.
        Assert.Equal(other.Coordinator.UserId, Assert.Single(schedules, s => s.DefinitionId == "renewal-decision").RecipientUserId);
        Assert.DoesNotContain(schedules, s => s.RecipientUserId == bed.Programme.Coordinator.UserId);
    }

    private static async Task<CaseloadOverview> OverviewAsync(SupervisorBed bed, Guid coordinatorId, DateOnly today)
    {
        await using var scope = bed.Bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICaseloadQueries>()
            .OverviewAsync(new Caseload([coordinatorId]), today, TestContext.Current.CancellationToken);
    }
}
