using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Coordinators.Status;

/// <summary>
/// <see cref="ICaseloadQueries"/> on EF Core: each list is one query over the caseload's trainees, read without
/// tracking. The definitions are in <c>docs/coordinators/status.md</c>.
/// </summary>
internal sealed class EfCaseloadQueries(TraineeBotDbContext db, IProgramme programme, WorkingCalendar calendar, TimeProvider time) : ICaseloadQueries
{
    public const int RenewalDays = 14;
    public const int EndingDays = 30;
    public const int LimitDays = 60;

    public Task<string?> EntraIdAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.AadObjectId).FirstOrDefaultAsync(cancellationToken);

    public async Task<string> UserLanguageAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Language).FirstOrDefaultAsync(cancellationToken) ?? "sv";

    public async Task<IReadOnlyList<CaseloadTrainee>> TraineesAsync(Caseload caseload, CancellationToken cancellationToken) =>
        await Trainees(caseload).OrderBy(t => t.Name).Select(t => new CaseloadTrainee(t.Id, t.Name)).ToListAsync(cancellationToken);

    public async Task<CaseloadOverview> OverviewAsync(Caseload caseload, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        var now = time.GetUtcNow();
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var weekStart = calendar.ToUtc(monday, TimeOnly.MinValue);
        var weekEnd = calendar.ToUtc(monday.AddDays(7), TimeOnly.MinValue);

        // The caseload's names once (also its count); every list below reads only the trainee's id and its own columns,
        // filtered by the caseload as a subquery (none for "all") and joined to the names here (docs/performance.md).
        var people = await Trainees(caseload).Select(t => new { t.Id, t.UserId, t.Name }).ToListAsync(cancellationToken);
        var names = people.ToDictionary(t => t.Id, t => t.Name);
        var byUser = people.ToDictionary(t => t.UserId, t => t.Id);
        var schedules = db.Schedules.AsNoTracking();
        var checkIns = db.CheckIns.AsNoTracking();
        var cases = db.Cases.AsNoTracking();
        var placements = db.Placements.AsNoTracking();
        if (!caseload.All)
        {
            var traineeIds = Trainees(caseload).Select(t => t.Id);
            var userIds = Trainees(caseload).Select(t => t.UserId);
            schedules = schedules.Where(s => userIds.Contains(s.RecipientUserId));
            checkIns = checkIns.Where(c => traineeIds.Contains(c.TraineeId));
            cases = cases.Where(c => traineeIds.Contains(c.TraineeId));
            placements = placements.Where(p => traineeIds.Contains(p.TraineeId));
        }

        var due = (await schedules
                .Where(s => s.DefinitionId == CheckInKinds.Trainee && s.Status == ScheduleStatus.Active && s.NextDueUtc >= weekStart && s.NextDueUtc < weekEnd)
                .Select(s => new { s.RecipientUserId, s.NextDueUtc }).ToListAsync(cancellationToken))
            .Where(s => byUser.ContainsKey(s.RecipientUserId)).Select(s => new { Id = byUser[s.RecipientUserId], s.NextDueUtc });

        var openCheckIns = (await checkIns
                .Where(c => (c.Status == CheckInStatus.Open || c.Status == CheckInStatus.Unanswered) && c.Kind != CheckInKinds.AfterProgramme && c.ClosesUtc > now)
                .Select(c => new { c.TraineeId, c.Status, c.LastRemindedUtc, c.SentUtc }).ToListAsync(cancellationToken))
            .Where(c => names.ContainsKey(c.TraineeId)).ToList();

        var openCases = (await cases.Where(c => c.Status == CaseStatus.Open)
                .Select(c => new { c.TraineeId, c.Kind, c.OpenedUtc }).ToListAsync(cancellationToken))
            .Where(c => names.ContainsKey(c.TraineeId)).ToList();

        var renewals = (await (from p in db.ContractPeriods.AsNoTracking()
                               join pl in placements on p.PlacementId equals pl.Id
                               where pl.InterruptedUtc == null && p.StartDate > pl.StartDate
                                     && p.StartDate >= today && p.StartDate <= today.AddDays(RenewalDays)
                               select new { pl.TraineeId, p.StartDate }).ToListAsync(cancellationToken))
            .Where(r => names.ContainsKey(r.TraineeId));

        var active = (await placements
                .Where(pl => pl.InterruptedUtc == null && pl.StartDate <= today && pl.EndDate >= today)
                .Select(pl => new { pl.TraineeId, pl.Kind, pl.StartDate, pl.EndDate }).ToListAsync(cancellationToken))
            .Where(p => names.ContainsKey(p.TraineeId)).ToList();

        StatusLine Line(Guid traineeId, DateOnly? date) => new(traineeId, names[traineeId], date);
        return new CaseloadOverview(
            people.Count,
            [.. due.Select(d => Line(d.Id, calendar.LocalDate(d.NextDueUtc!.Value))).OrderBy(l => l.Date)],
            [.. openCheckIns.Where(c => c.Status == CheckInStatus.Open && c.LastRemindedUtc is not null)
                .Select(c => Line(c.TraineeId, Local(c.SentUtc))).OrderBy(l => l.Date)],
            [.. openCheckIns.Where(c => c.Status == CheckInStatus.Unanswered)
                .Select(c => Line(c.TraineeId, Local(c.SentUtc))).OrderBy(l => l.Date)],
            [.. openCases.Where(c => c.Kind == CaseKind.RedFlag).Select(c => Line(c.TraineeId, calendar.LocalDate(c.OpenedUtc))).OrderBy(l => l.Date)],
            [.. openCases.Where(c => c.Kind is CaseKind.HelpRequest or CaseKind.Question or CaseKind.Absence)
                .Select(c => Line(c.TraineeId, calendar.LocalDate(c.OpenedUtc))).OrderBy(l => l.Date)],
            [.. renewals.Select(r => Line(r.TraineeId, r.StartDate)).OrderBy(l => l.Date)],
            [.. active.Where(p => p.EndDate <= today.AddDays(EndingDays)).Select(p => Line(p.TraineeId, p.EndDate)).OrderBy(l => l.Date)],
            [.. active.Select(p => Line(p.TraineeId, PlacementRules.LatestEnd(p.Kind, p.StartDate)))
                .Where(l => l.Date <= today.AddDays(LimitDays)).OrderBy(l => l.Date)]);
    }

    public async Task<IReadOnlyList<StatusLine>> EndingAsync(Caseload caseload, DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        await (from pl in db.Placements.AsNoTracking()
               join t in Trainees(caseload) on pl.TraineeId equals t.Id
               where pl.InterruptedUtc == null && pl.EndDate >= first && pl.EndDate <= last
               orderby pl.EndDate
               select new StatusLine(t.Id, t.Name, pl.EndDate)).ToListAsync(cancellationToken);

    public async Task<TraineeStatus?> TraineeAsync(Caseload caseload, Guid traineeId, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        if (!await Trainees(caseload).AnyAsync(t => t.Id == traineeId, cancellationToken)
            || await programme.JourneyAsync(traineeId, cancellationToken) is not { } journey)
        {
            return null;
        }

        var answered = await db.CheckIns.AsNoTracking()
            .Where(c => c.TraineeId == traineeId && c.AnsweredUtc != null && (c.Kind == CheckInKinds.Trainee || c.Kind == CheckInKinds.Supervisor))
            .Select(c => new { c.Id, c.Kind, c.AnsweredUtc, c.AnswersJson, c.Flagged })
            .ToListAsync(cancellationToken);
        var trend = answered.Where(c => c.Kind == CheckInKinds.Trainee).OrderBy(c => c.AnsweredUtc)
            .Select(c => Scores(calendar.LocalDate(c.AnsweredUtc!.Value), c.AnswersJson)).ToList();
        var supervisor = answered.Where(c => c.Kind == CheckInKinds.Supervisor && c.AnswersJson is not null).MaxBy(c => c.AnsweredUtc);
        var openCases = await db.Cases.AsNoTracking().Include(c => c.Messages)
            .Where(c => c.TraineeId == traineeId && c.Status == CaseStatus.Open).OrderBy(c => c.OpenedUtc).ToListAsync(cancellationToken);
        var nextCheckIn = await db.Schedules.AsNoTracking()
            .Where(s => s.RecipientUserId == journey.User.Id && s.DefinitionId == CheckInKinds.Trainee && s.Status == ScheduleStatus.Active)
            .Select(s => s.NextDueUtc).FirstOrDefaultAsync(cancellationToken);
        var nextRenewal = journey.Placement?.ContractPeriods.Where(p => p.StartDate > journey.Placement.StartDate && p.StartDate >= today)
            .OrderBy(p => p.StartDate).Select(p => (DateOnly?)p.StartDate).FirstOrDefault();
        return new TraineeStatus(
            journey,
            trend,
            supervisor is null ? null : new SupervisorAnswer(supervisor.Id, calendar.LocalDate(supervisor.AnsweredUtc!.Value), supervisor.AnswersJson!, supervisor.Flagged),
            openCases,
            nextCheckIn is { } next ? calendar.LocalDate(next) : null,
            nextRenewal);
    }

    private IQueryable<Trainee> Trainees(Caseload caseload)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        var ids = caseload.CoordinatorIds.ToList();
        var trainees = db.Trainees.AsNoTracking();
        return caseload.All ? trainees : trainees.Where(t => ids.Contains(t.CoordinatorId));
    }

    private DateOnly? Local(DateTimeOffset? instant) => instant is { } at ? calendar.LocalDate(at) : null;

    private static ScorePoint Scores(DateOnly date, string? answersJson)
    {
        var answers = answersJson is null ? null : JsonNode.Parse(answersJson) as JsonObject;
        return new ScorePoint(date, Score(answers, "mood"), Score(answers, "support"));
    }

    private static int? Score(JsonObject? answers, string field) =>
        answers?[field] is JsonValue value && value.TryGetValue<int>(out var score) ? score : null;
}
