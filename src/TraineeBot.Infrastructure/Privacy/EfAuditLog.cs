using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Privacy;

internal sealed class EfAuditLog(TraineeBotDbContext db, TimeProvider time) : IAuditLog
{
    public AuditEntry Stage(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var now = time.GetUtcNow();
        var entry = new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            AtUtc = now,
            ActorUserId = auditEvent.ActorUserId,
            ActorRole = auditEvent.ActorRole,
            Action = auditEvent.Action,
            TraineeId = auditEvent.TraineeId,
            Command = Truncate(auditEvent.Command, 80),
            Allowed = auditEvent.Allowed,
            Detail = auditEvent.Detail is null ? null : Truncate(auditEvent.Detail, 200),
        };
        db.Set<AuditEntry>().Add(entry);
        return entry;
    }

    public async Task<AuditEntry> RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var entry = Stage(auditEvent);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    public async Task<IReadOnlyList<AuditEntry>> OfTraineeAsync(Guid traineeId, int max, CancellationToken cancellationToken) =>
        await db.Set<AuditEntry>().AsNoTracking().Where(a => a.TraineeId == traineeId)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Take(max).ToListAsync(cancellationToken);

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
