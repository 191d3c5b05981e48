using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Reports;
using TraineeBot.Core.Downloads;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Coordinators.Reports;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators.Reports;

/// <summary><see cref="EfOutcomeReportData"/> and the report's downloads on a real SQLite file built through <see cref="IProgramme"/>.</summary>
public sealed class OutcomeReportDataTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2027, 3, 1);
    private readonly List<IReadOnlyCollection<Guid>?> asked = [];
    private readonly TraineeBotFactory bot;
    private readonly string seeAll = $"{Guid.NewGuid()}";

    public OutcomeReportDataTests()
    {
        bot = new TraineeBotFactory().With("Outbox:Enabled", "false").With("Coordinators:SeeAll:0", seeAll.ToUpperInvariant()).WithFakeClock(Now)
            .WithServices(services => services.AddScoped<IOutcomeReportData>(sp => new RecordingData(
                new EfOutcomeReportData(sp.GetRequiredService<Infrastructure.Persistence.TraineeBotDbContext>()), asked)));
    }

    [Fact]
    public async Task Only_the_given_coordinators_former_trainees_are_rows_with_their_latest_answers_and_ratings()
    {
        var ct = TestContext.Current.CancellationToken;
        var a = await ProgrammeData.AddAsync(bot.Services, placementStart: new DateOnly(2026, 1, 5), placementMonths: 6);
        var b = await ProgrammeData.AddAsync(bot.Services, traineeName: "Ahmed Yusuf", placementStart: new DateOnly(2026, 2, 2), placementMonths: 3, kind: PlacementKind.External);
        var current = await AddTraineeAsync(a, "Elin Svensson", new DateOnly(2027, 1, 4));
        await using (var db = bot.OpenDatabase())
        {
            db.Outcomes.AddRange(
                Outcome(a.Trainee.Id, 3, OutcomeStatus.Work, Now.AddMonths(-4)),
                Outcome(a.Trainee.Id, 6, OutcomeStatus.Work, Now.AddMonths(-2)),
                Outcome(a.Trainee.Id, 6, OutcomeStatus.Looking, Now.AddMonths(-1)), // changed their answer: the latest counts
                Outcome(b.Trainee.Id, 3, OutcomeStatus.Studies, Now.AddMonths(-6)),
                Outcome(current.Id, 3, OutcomeStatus.Work, Now));
            db.CheckIns.AddRange(
                CheckIn(a.Trainee.Id, a.Trainee.UserId, CheckInKinds.Trainee, "1", """{"mood":3,"support":4}"""),
                CheckIn(a.Trainee.Id, a.Trainee.UserId, CheckInKinds.Trainee, "2", """{"support":2}"""),
                CheckIn(a.Trainee.Id, a.Trainee.UserId, CheckInKinds.Trainee, "3", """{"mood":1}"""),
                CheckIn(a.Trainee.Id, a.Supervisor.UserId, CheckInKinds.Supervisor, "1", """{"attendance":"5","programme-support":"5"}"""),
                CheckIn(a.Trainee.Id, a.Supervisor.UserId, CheckInKinds.Supervisor, "2", """{"programme-support":"9"}"""),
                CheckIn(b.Trainee.Id, b.Trainee.UserId, CheckInKinds.Trainee, "1", """{"support":5}"""));
            await db.SaveChangesAsync(ct);
        }

        await using var scope = bot.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<IOutcomeReportData>();

        var ofA = await data.RowsAsync([a.Coordinator.Id], Today, ct);
        var row = Assert.Single(ofA); // Elin's placement runs: she is not a former trainee yet
        Assert.Equal(a.Trainee.Id, row.TraineeId);
        Assert.Equal(PlacementKind.Internal, row.Kind);
        Assert.Equal(new DateOnly(2026, 7, 4), row.LastDay);
        Assert.Equal((int?)2005, row.BirthYear);
        Assert.Equal("Förskoleförvaltningen", row.HomeDepartment);
        Assert.Equal([OutcomeStatus.Work, OutcomeStatus.Looking, (OutcomeStatus?)null], new[] { row.At3Months, row.At6Months, row.At12Months });
        Assert.Equal([2, 4], row.TraineeRatings.Order());
        Assert.Equal([5], row.SupervisorRatings);
        Assert.DoesNotContain(ofA, r => r.TraineeId == b.Trainee.Id);

        var ofB = Assert.Single(await data.RowsAsync([b.Coordinator.Id], Today, ct));
        Assert.Equal(b.Trainee.Id, ofB.TraineeId);
        Assert.Equal(PlacementKind.External, ofB.Kind);
        Assert.Equal(OutcomeStatus.Studies, ofB.At3Months);

        var everyone = await data.RowsAsync(null, Today, ct);
        Assert.Equal(new[] { a.Trainee.Id, b.Trainee.Id }.Order(), everyone.Select(r => r.TraineeId).Order());
    }

    [Fact]
    public async Task A_coordinator_downloads_their_own_caseload_and_a_programme_lead_every_caseload()
    {
        var ct = TestContext.Current.CancellationToken;
        var a = await ProgrammeData.AddAsync(bot.Services, placementStart: new DateOnly(2026, 1, 5), placementMonths: 6);
        var lead = await ProgrammeData.AddAsync(bot.Services, placementStart: new DateOnly(2026, 1, 5), placementMonths: 6);
        await using (var db = bot.OpenDatabase())
        {
            var leadUser = await db.Users.FindAsync([lead.Coordinator.UserId], ct);
            leadUser!.AadObjectId = seeAll; // as configured in Coordinators:SeeAll (there in upper case)
            await db.SaveChangesAsync(ct);
        }

        await using var scope = bot.Services.CreateAsyncScope();
        var csv = scope.ServiceProvider.GetRequiredKeyedService<IDownloadSource>(OutcomeReportKinds.Csv);
        var xlsx = scope.ServiceProvider.GetRequiredKeyedService<IDownloadSource>(OutcomeReportKinds.Xlsx);
        var png = scope.ServiceProvider.GetRequiredKeyedService<IDownloadSource>(OutcomeReportKinds.Png);

        var own = await csv.OpenAsync(Guid.Empty, a.Coordinator.UserId, ct);
        Assert.NotNull(own);
        Assert.Equal("utfallsrapport-2027-03-01.csv", own.FileName);
        Assert.Contains("Alla före detta traineer;färre än 5", Encoding.UTF8.GetString(own.Content), StringComparison.Ordinal);
        Assert.Equal([a.Coordinator.Id], Assert.Single(asked));

        Assert.NotNull(await xlsx.OpenAsync(Guid.Empty, lead.Coordinator.UserId, ct));
        Assert.Null(asked[^1]); // every caseload

        var chart = await png.OpenAsync(OutcomeReportKinds.ChartSubject(OutcomeBreakdownKind.Gender), a.Coordinator.UserId, ct);
        Assert.Equal("utfallsrapport-2027-03-01-gender.png", chart?.FileName);
        Assert.Equal("image/png", chart?.ContentType);

        // Not a coordinator, or a subject that is not the report's: nothing.
        Assert.Null(await csv.OpenAsync(Guid.Empty, a.Trainee.UserId, ct));
        Assert.Null(await csv.OpenAsync(Guid.NewGuid(), a.Coordinator.UserId, ct));
        Assert.Null(await png.OpenAsync(Guid.NewGuid(), a.Coordinator.UserId, ct));
        Assert.Equal(3, asked.Count);
    }

    public void Dispose() => bot.Dispose();

    private async Task<Trainee> AddTraineeAsync(ProgrammeFixture f, string name, DateOnly start)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var programme = scope.ServiceProvider.GetRequiredService<IProgramme>();
        var trainee = await programme.RegisterTraineeAsync(
            new NewTrainee(new NewPerson(name, null, TeamsUser.New(name).AadObjectId), f.Coordinator.Id, 2004, "Kvinna"), CancellationToken.None);
        await programme.CreatePlacementAsync(
            new NewPlacement(trainee.Id, f.Workplace.Id, f.Supervisor.Id, PlacementKind.Internal, start, start.AddMonths(6).AddDays(-1)), CancellationToken.None);
        return trainee;
    }

    private static Outcome Outcome(Guid traineeId, int months, OutcomeStatus status, DateTimeOffset answered) =>
        new() { Id = Guid.NewGuid(), TraineeId = traineeId, MonthsAfter = months, Status = status, AnsweredUtc = answered };

    private static CheckIn CheckIn(Guid traineeId, Guid respondent, string kind, string occurrence, string answers) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        TraineeId = traineeId,
        RespondentUserId = respondent,
        OccurrenceKey = occurrence,
        DueUtc = Now.AddMonths(-9),
        Status = CheckInStatus.Answered,
        AnsweredUtc = Now.AddMonths(-9),
        AnswersJson = answers,
        CreatedUtc = Now.AddMonths(-9),
    };

    private sealed class RecordingData(IOutcomeReportData inner, List<IReadOnlyCollection<Guid>?> asked) : IOutcomeReportData
    {
        public Task<IReadOnlyList<OutcomeReportRow>> RowsAsync(IReadOnlyCollection<Guid>? coordinatorIds, DateOnly today, CancellationToken cancellationToken)
        {
            asked.Add(coordinatorIds);
            return inner.RowsAsync(coordinatorIds, today, cancellationToken);
        }
    }
}
