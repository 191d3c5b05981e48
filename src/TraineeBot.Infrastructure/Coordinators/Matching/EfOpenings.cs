using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Coordinators.Matching;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Trainees.Intake;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Coordinators.Matching;

/// <summary><see cref="IOpenings"/> on EF Core; every read filtered by the caseload in SQL.</summary>
internal sealed class EfOpenings(TraineeBotDbContext db, TimeProvider time) : IOpenings
{
    public async Task<Opening> RegisterAsync(NewOpening opening, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var now = time.GetUtcNow();
        var entity = new Opening
        {
            Id = Guid.CreateVersion7(now),
            WorkplaceId = opening.WorkplaceId,
            Kind = opening.Kind,
            WorkArea = opening.WorkArea,
            HoursPerWeek = opening.HoursPerWeek,
            PartTimeOk = opening.PartTimeOk,
            Location = opening.Location,
            TravelMinutes = opening.TravelMinutes,
            Languages = string.Join(',', opening.Languages),
            FromDate = opening.FromDate,
            Status = OpeningStatus.Open,
            CreatedByCoordinatorId = opening.CreatedByCoordinatorId,
            CreatedUtc = now,
        };
        db.Openings.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity;
    }

    public async Task<IReadOnlyList<OpeningView>> ListOpenAsync(Caseload caseload, CancellationToken cancellationToken) =>
        [.. (await Views(Openings(caseload).Where(o => o.Status == OpeningStatus.Open)).ToListAsync(cancellationToken))
            .OrderBy(v => v.Opening.FromDate).ThenBy(v => v.WorkplaceName, StringComparer.CurrentCultureIgnoreCase).ThenBy(v => v.Opening.Id)];

    public Task<OpeningView?> GetAsync(Caseload caseload, Guid openingId, CancellationToken cancellationToken) =>
        Views(Openings(caseload).Where(o => o.Id == openingId)).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> WithdrawAsync(Caseload caseload, Guid openingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        var ids = caseload.CoordinatorIds.ToList();
        var opening = await db.Openings.FirstOrDefaultAsync(
            o => o.Id == openingId && o.Status == OpeningStatus.Open && (caseload.All || ids.Contains(o.CreatedByCoordinatorId)), cancellationToken);
        if (opening is null)
        {
            return false;
        }

        opening.Status = OpeningStatus.Withdrawn;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<Opening?> FillAsync(Placement placement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var opening = await db.Openings
            .Where(o => o.WorkplaceId == placement.WorkplaceId && o.Kind == placement.Kind && o.Status == OpeningStatus.Open)
            .OrderBy(o => o.FromDate).ThenBy(o => o.CreatedUtc)
            .FirstOrDefaultAsync(cancellationToken);
        if (opening is not null)
        {
            opening.Status = OpeningStatus.Filled;
        }

        return opening;
    }

    public async Task<IReadOnlyList<Workplace>> WorkplacesAsync(CancellationToken cancellationToken) =>
        await db.Workplaces.AsNoTracking().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MatchCandidate>> CandidatesAsync(Caseload caseload, DateOnly today, CancellationToken cancellationToken)
    {
        var trainees = await Trainees(caseload).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var ids = trainees.Select(t => t.Id).ToList();
        var placed = await PlacedAsync(ids, today, cancellationToken);
        var answers = await LatestAnswersAsync(ids, cancellationToken);
        return [.. trainees
            .Where(t => !placed.Contains(t.Id) && answers.ContainsKey(t.Id))
            .Select(t => new MatchCandidate(t.Id, t.Name, answers[t.Id]))];
    }

    public async Task<TraineeForMatching?> TraineeAsync(Caseload caseload, Guid traineeId, DateOnly today, CancellationToken cancellationToken)
    {
        if (await Trainees(caseload).Where(t => t.Id == traineeId).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken) is not { } trainee)
        {
            return null;
        }

        var placed = await PlacedAsync([trainee.Id], today, cancellationToken);
        var answers = await LatestAnswersAsync([trainee.Id], cancellationToken);
        return new TraineeForMatching(trainee.Id, trainee.Name, placed.Contains(trainee.Id), answers.GetValueOrDefault(trainee.Id));
    }

    private IQueryable<Opening> Openings(Caseload caseload)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        var ids = caseload.CoordinatorIds.ToList();
        var openings = db.Openings.AsNoTracking();
        return caseload.All ? openings : openings.Where(o => ids.Contains(o.CreatedByCoordinatorId));
    }

    /// <summary>Each opening with its workplace's name (projected last: EF filters before the record is built).</summary>
    private IQueryable<OpeningView> Views(IQueryable<Opening> openings) =>
        from o in openings
        join w in db.Workplaces.AsNoTracking() on o.WorkplaceId equals w.Id
        select new OpeningView(o, w.Name);

    private IQueryable<Trainee> Trainees(Caseload caseload)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        var ids = caseload.CoordinatorIds.ToList();
        var trainees = db.Trainees.AsNoTracking();
        return caseload.All ? trainees : trainees.Where(t => ids.Contains(t.CoordinatorId));
    }

    /// <summary>The trainees among <paramref name="traineeIds"/> with an active or planned placement on <paramref name="today"/>.</summary>
    private async Task<HashSet<Guid>> PlacedAsync(List<Guid> traineeIds, DateOnly today, CancellationToken cancellationToken)
    {
        var placements = await db.Placements.AsNoTracking().IgnoreAutoIncludes()
            .Where(p => traineeIds.Contains(p.TraineeId) && p.InterruptedUtc == null && p.EndDate >= today)
            .ToListAsync(cancellationToken);
        return [.. placements.Where(p => p.PhaseOn(today) is PlacementPhase.Active or PlacementPhase.Planned).Select(p => p.TraineeId)];
    }

    /// <summary>Each trainee's latest confirmed interest inventory, read as the scoring reads it.</summary>
    private async Task<Dictionary<Guid, InterestAnswers>> LatestAnswersAsync(List<Guid> traineeIds, CancellationToken cancellationToken)
    {
        var profiles = await db.InterestProfiles.AsNoTracking()
            .Where(p => traineeIds.Contains(p.TraineeId))
            .Select(p => new { p.TraineeId, p.ConfirmedUtc, p.AnswersJson })
            .ToListAsync(cancellationToken);
        return profiles
            .GroupBy(p => p.TraineeId)
            .Select(g => g.OrderByDescending(p => p.ConfirmedUtc).First())
            .Where(p => JsonNode.Parse(p.AnswersJson) is JsonObject)
            .ToDictionary(p => p.TraineeId, p => InterestAnswers.From(
                ((JsonObject)JsonNode.Parse(p.AnswersJson)!).ToDictionary(a => a.Key, a => a.Value?.DeepClone())));
    }
}
