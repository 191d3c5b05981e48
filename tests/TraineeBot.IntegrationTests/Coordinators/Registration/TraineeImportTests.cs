using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Registration;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Users;
using TraineeBot.Infrastructure.Coordinators.Registration;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators.Registration;

/// <summary><see cref="ITraineeImport"/> on a real SQLite file: all rows or none.</summary>
public sealed class TraineeImportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 8, 0, 0, TimeSpan.Zero);

    private const string ValidFile =
        "\uFEFFnamn;e-post;födelseår;kön;förvaltning;stödbehov;arbetsplats;handledare;handledare_epost;typ;start;slut;roll\r\n"
        + "Elin Svensson;elin@example.se;2004;kvinna;Förskoleförvaltningen;\"Stöd; skriftligt\";;;;;;;\r\n"
        + "Omar Ali;omar@example.se;2003;man;;;Förskolan Solen;;maria.berg@example.se;intern;2027-02-01;2028-01-31;Barnskötare\r\n"
        + "Sara Ek;sara@example.se;2005;;;;Biblioteket Tumba;Per Holm;per.holm@example.se;extern;2027-02-15;2027-08-14;Assistent\r\n"
        + "Ali Noor;ali@example.se;;;;;biblioteket tumba;;per.holm@example.se;extern;2027-03-01;2027-05-31;\r\n";

    private readonly List<int> placementsSeen = [];
    private readonly TraineeBotFactory bot;
    private int failOnPlacement;

    public TraineeImportTests()
    {
        bot = new TraineeBotFactory().With("Outbox:Enabled", "false").WithFakeClock(Now)
            .WithServices(services => services.AddTraineeImport().AddScoped<IPlacementEvents>(_ => new FailingListener(this)));
    }

    [Fact]
    public async Task A_valid_file_registers_trainees_workplaces_supervisors_and_placements_with_their_schedules()
    {
        var ct = TestContext.Current.CancellationToken;
        var existing = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0); // Karin, Amira, Förskolan Solen with Maria Berg
        var before = await CountsAsync(ct);

        var report = await ImportAsync(ValidFile, existing.Coordinator.Id, dryRun: false, ct);

        Assert.Empty(report.Rejected);
        Assert.True(report.Written);
        Assert.Equal("Klart: 4 traineer registrerade, 3 traineeplatser, 1 nya arbetsplatser och 1 nya handledare.", report.Describe("sv"));
        var after = await CountsAsync(ct);
        Assert.Equal(before["Trainees"] + 4, after["Trainees"]);
        Assert.Equal(before["Workplaces"] + 1, after["Workplaces"]);
        Assert.Equal(before["Supervisors"] + 1, after["Supervisors"]);
        Assert.Equal(before["Placements"] + 3, after["Placements"]);
        Assert.Equal(before["Users"] + 5, after["Users"]); // 4 trainees and Per

        await using var db = bot.OpenDatabase();
        var trainees = await db.Trainees.AsNoTracking().Where(t => t.CoordinatorId == existing.Coordinator.Id).ToListAsync(ct);
        var elin = Assert.Single(trainees, t => t.Email == "elin@example.se");
        Assert.Equal(("Elin Svensson", (int?)2004, "kvinna", "Förskoleförvaltningen", "Stöd; skriftligt"),
            (elin.Name, elin.BirthYear, elin.Gender, elin.HomeDepartment, elin.SupportNeeds));
        var elinUser = await db.Users.AsNoTracking().SingleAsync(u => u.Id == elin.UserId, ct);
        Assert.Equal((UserRole.Trainee, (string?)null), (elinUser.Role, elinUser.AadObjectId));
        Assert.False(await db.Placements.AnyAsync(p => p.TraineeId == elin.Id, ct));

        var omar = Assert.Single(trainees, t => t.Email == "omar@example.se");
        var omarPlacement = await db.Placements.AsNoTracking().SingleAsync(p => p.TraineeId == omar.Id, ct);
        Assert.Equal((existing.Workplace.Id, existing.Supervisor.Id, PlacementKind.Internal, "Barnskötare"),
            (omarPlacement.WorkplaceId, omarPlacement.SupervisorId, omarPlacement.Kind, omarPlacement.Role));
        Assert.Equal(4, await db.ContractPeriods.CountAsync(c => c.PlacementId == omarPlacement.Id, ct));
        Assert.Equal(EfProgrammeSchedules.Trainee.Order(), await SchedulesAsync(db, omar.UserId, omar.UserId, ct));
        Assert.Equal(EfProgrammeSchedules.Supervisor.Order(), await SchedulesAsync(db, existing.Supervisor.UserId, omar.UserId, ct));

        var per = await db.Supervisors.AsNoTracking().SingleAsync(s => s.Email == "per.holm@example.se", ct);
        var library = await db.Workplaces.AsNoTracking().SingleAsync(w => w.Id == per.WorkplaceId, ct);
        Assert.Equal("Biblioteket Tumba", library.Name);
        var sara = Assert.Single(trainees, t => t.Email == "sara@example.se");
        var ali = Assert.Single(trainees, t => t.Email == "ali@example.se");
        Assert.Equal(2, await db.Placements.CountAsync(p => (p.TraineeId == sara.Id || p.TraineeId == ali.Id) && p.SupervisorId == per.Id && p.Kind == PlacementKind.External, ct));
        Assert.Equal(EfProgrammeSchedules.Trainee.Order(), await SchedulesAsync(db, ali.UserId, ali.UserId, ct));

        // The same file again: everyone is already registered, nothing more is written.
        var again = await ImportAsync(ValidFile, existing.Coordinator.Id, dryRun: false, ct);
        Assert.Equal(4, again.Rejected.Count(r => r.Problem.Kind == ImportProblemKind.AlreadyRegistered));
        Assert.Equal(after, await CountsAsync(ct));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_writes_nothing_at_all_and_lists_the_problem()
    {
        var ct = TestContext.Current.CancellationToken;
        var existing = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var before = await CountsAsync(ct);
        var file = ValidFile + "Lina Berg;lina@example.se;;;;;Förskolan Solen;;maria.berg@example.se;intern;2027-02-01;2028-08-31;\r\n";

        var report = await ImportAsync(file, existing.Coordinator.Id, dryRun: false, ct);

        var problem = Assert.Single(report.Rejected);
        Assert.Equal((6, ProgrammeProblemKind.TooLong), (problem.RowNumber, problem.Problem.Rule!.Kind));
        Assert.False(report.Written);
        Assert.Equal(4, report.Accepted.Count);
        Assert.Equal(before, await CountsAsync(ct));
    }

    [Fact]
    public async Task A_dry_run_of_a_valid_file_reports_it_and_writes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var existing = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var before = await CountsAsync(ct);

        var report = await ImportAsync(ValidFile, existing.Coordinator.Id, dryRun: true, ct);

        Assert.True(report.IsValid);
        Assert.True(report.DryRun);
        Assert.False(report.Written);
        Assert.Equal(4, report.Accepted.Count);
        Assert.Equal(["Biblioteket Tumba"], report.NewWorkplaces);
        Assert.StartsWith("Dry run, nothing saved: 4 trainees", report.Describe("en"), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(ct));
    }

    [Fact]
    public async Task A_failure_half_way_through_the_writing_leaves_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var existing = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var before = await CountsAsync(ct);
        failOnPlacement = 3; // the third placement's listener throws, after two trainees' placements, a workplace and a supervisor are saved

        await Assert.ThrowsAsync<InvalidOperationException>(() => ImportAsync(ValidFile, existing.Coordinator.Id, dryRun: false, ct));

        Assert.Equal(3, placementsSeen.Count);
        Assert.Equal(before, await CountsAsync(ct));
    }

    [Fact]
    public async Task An_unknown_coordinator_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        await Assert.ThrowsAsync<ProgrammeRuleException>(() => ImportAsync(ValidFile, Guid.NewGuid(), dryRun: true, ct));
    }

    public void Dispose() => bot.Dispose();

    private async Task<ImportReport> ImportAsync(string csv, Guid coordinatorId, bool dryRun, CancellationToken ct)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ITraineeImport>().ImportAsync(csv, coordinatorId, dryRun, "sv", ct);
    }

    private static async Task<IEnumerable<string>> SchedulesAsync(Infrastructure.Persistence.TraineeBotDbContext db, Guid recipient, Guid subject, CancellationToken ct) =>
        (await db.Schedules.AsNoTracking().Where(s => s.RecipientUserId == recipient && s.SubjectUserId == subject).Select(s => s.DefinitionId).ToListAsync(ct)).Order();

    /// <summary>The number of rows in every table of the database.</summary>
    private async Task<Dictionary<string, long>> CountsAsync(CancellationToken ct)
    {
        await using var db = bot.OpenDatabase();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("Placements", tables);
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using DbCommand count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static class EfProgrammeSchedules
    {
        public static readonly string[] Trainee = ["after-programme", "trainee-checkin"];
        public static readonly string[] Supervisor = ["supervisor-certificate", "supervisor-checkin", "supervisor-midpoint"];
    }

    private sealed class FailingListener(TraineeImportTests test) : IPlacementEvents
    {
        public Task PlacementCreatedAsync(Placement placement, CancellationToken cancellationToken)
        {
            test.placementsSeen.Add(test.placementsSeen.Count + 1);
            return test.placementsSeen.Count == test.failOnPlacement
                ? throw new InvalidOperationException("The third placement fails.")
                : Task.CompletedTask;
        }
    }
}
