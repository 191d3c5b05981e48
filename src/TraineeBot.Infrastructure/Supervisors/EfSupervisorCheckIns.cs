using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Supervisors.CheckIns;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Supervisors;

/// <summary><see cref="ISupervisorCheckIns"/> on the scope's <see cref="TraineeBotDbContext"/> (tracked; the outbox saves with it).</summary>
internal sealed class EfSupervisorCheckIns(TraineeBotDbContext db) : ISupervisorCheckIns
{
    public Task<CheckIn?> FindAsync(Guid checkInId, CancellationToken cancellationToken) =>
        db.CheckIns.FirstOrDefaultAsync(c => c.Id == checkInId, cancellationToken);

    public Task<CheckIn?> FindAsync(Guid traineeId, string kind, string occurrenceKey, CancellationToken cancellationToken) =>
        db.CheckIns.FirstOrDefaultAsync(c => c.TraineeId == traineeId && c.Kind == kind && c.OccurrenceKey == occurrenceKey, cancellationToken);

    public async Task<IReadOnlyList<CheckIn>> OpenAsync(Guid traineeId, string kind, CancellationToken cancellationToken) =>
        await db.CheckIns
            .Where(c => c.TraineeId == traineeId && c.Kind == kind && (c.Status == CheckInStatus.Open || c.Status == CheckInStatus.Unanswered))
            .ToListAsync(cancellationToken);

    public async Task<string?> SentActivityIdAsync(Guid outboxMessageId, CancellationToken cancellationToken) =>
        OutboxMessage.FirstOf(await db.OutboxMessages.AsNoTracking().Where(m => m.Id == outboxMessageId).Select(m => m.SentActivityIds).FirstOrDefaultAsync(cancellationToken));

    public Task<Case?> FindCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Cases.Include(c => c.Messages).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);

    public async Task<JsonObject?> CaseCardDataAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var key = $"case:{caseId}";
        var payload = await db.OutboxMessages.AsNoTracking().Where(m => m.IdempotencyKey == key).Select(m => m.PayloadJson).FirstOrDefaultAsync(cancellationToken);
        return payload is not null && JsonNode.Parse(payload)?["data"] is JsonObject data ? (JsonObject)data.DeepClone() : null;
    }

    public async Task<string> LanguageAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Language).FirstOrDefaultAsync(cancellationToken) ?? "sv";

    public async Task<PlacementPeople?> PeopleOfPlacementAsync(Guid placementId, CancellationToken cancellationToken) =>
        await (from p in db.Placements
               join s in db.Supervisors on p.SupervisorId equals s.Id
               join t in db.Trainees on p.TraineeId equals t.Id
               join c in db.Coordinators on t.CoordinatorId equals c.Id
               where p.Id == placementId
               select new PlacementPeople(s.UserId, t.UserId, c.UserId)).FirstOrDefaultAsync(cancellationToken);

    public void Add(CheckIn checkIn) => db.CheckIns.Add(checkIn);

    public void Add(CaseMessage message) => db.Add(message);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
