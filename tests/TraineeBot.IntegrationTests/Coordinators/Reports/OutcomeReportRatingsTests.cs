using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Reports;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Coordinators.Reports;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators.Reports;

/// <summary>
/// The report's ratings are extracted by SQLite (<c>json_valid</c>, <c>-&gt;</c>) and read in C#: the same ratings as
/// <see cref="EfOutcomeReportData.Rating"/> gives on the whole answers, for every shape an answer can take.
/// </summary>
public sealed class OutcomeReportRatingsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TraineeBotFactory bot = new TraineeBotFactory().With("Outbox:Enabled", "false").WithFakeClock(Now);

    private static readonly (string Kind, string Json)[] Answers =
    [
        (CheckInKinds.Trainee, """{"support":4}"""),
        (CheckInKinds.Trainee, """{"support":"3"}"""),
        (CheckInKinds.Trainee, """{"support":" 2 "}"""),
        (CheckInKinds.Trainee, """{"support":5.0}"""),
        (CheckInKinds.Trainee, """{"support":1e0}"""),
        (CheckInKinds.Trainee, """{"support":"4.0"}"""),
        (CheckInKinds.Trainee, """{"support":"+4"}"""),
        (CheckInKinds.Trainee, """{"support":true}"""),
        (CheckInKinds.Trainee, """{"support":9}"""),
        (CheckInKinds.Trainee, """{"support":null}"""),
        (CheckInKinds.Trainee, """{"Support":3}"""),
        (CheckInKinds.Trainee, """{"mood":3,"support":{"x":1}}"""),
        (CheckInKinds.Trainee, """[1]"""),
        (CheckInKinds.Trainee, """not json"""),
        (CheckInKinds.Trainee, ""),
        (CheckInKinds.Supervisor, """{"programme-support":"5","support":1}"""),
        (CheckInKinds.Supervisor, """{"programme-support":2}"""),
        (CheckInKinds.Supervisor, "{\"programme-support\":\""),
    ];

    [Fact]
    public async Task Sql_extracted_ratings_are_the_ratings_of_the_whole_answers()
    {
        var ct = TestContext.Current.CancellationToken;
        var a = await ProgrammeData.AddAsync(bot.Services, placementStart: new DateOnly(2026, 1, 5), placementMonths: 6);
        var answers = Answers.ToList();
        await using (var db = bot.OpenDatabase())
        {
            db.CheckIns.AddRange(answers.Select((answer, i) => new CheckIn
            {
                Id = Guid.NewGuid(),
                Kind = answer.Kind,
                TraineeId = a.Trainee.Id,
                RespondentUserId = answer.Kind == CheckInKinds.Trainee ? a.Trainee.UserId : a.Supervisor.UserId,
                OccurrenceKey = $"{i}",
                DueUtc = Now.AddMonths(-9),
                Status = CheckInStatus.Answered,
                AnsweredUtc = Now.AddMonths(-9),
                AnswersJson = answer.Json,
                CreatedUtc = Now.AddMonths(-9),
            }));
            await db.SaveChangesAsync(ct);
        }

        await using var scope = bot.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<IOutcomeReportData>();
        foreach (var coordinators in new IReadOnlyCollection<Guid>?[] { [a.Coordinator.Id], null })
        {
            var row = Assert.Single(await data.RowsAsync(coordinators, new DateOnly(2027, 3, 1), ct));
            Assert.Equal([1, 2, 3, 4, 5], row.TraineeRatings.Order());
            Assert.Equal([2, 5], row.SupervisorRatings.Order());
            Assert.Equal(Expected(answers, CheckInKinds.Trainee, EfOutcomeReportData.TraineeSupportField), row.TraineeRatings.Order());
            Assert.Equal(Expected(answers, CheckInKinds.Supervisor, EfOutcomeReportData.SupervisorSupportField), row.SupervisorRatings.Order());
        }

        Assert.Empty(await data.RowsAsync([Guid.NewGuid()], new DateOnly(2027, 3, 1), ct)); // another coordinator's caseload
    }

    public void Dispose() => bot.Dispose();

    private static IEnumerable<int> Expected(List<(string Kind, string Json)> answers, string kind, string field) =>
        answers.Where(a => a.Kind == kind).Select(a => EfOutcomeReportData.Rating(a.Json, field)).OfType<int>().Order();
}
