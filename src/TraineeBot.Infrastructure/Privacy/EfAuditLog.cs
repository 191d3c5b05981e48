using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Privacy;

/// <remarks>
/// <see cref="RecordAsync"/> saves through a context of its own, so a recorded read or denial is stored whatever
/// becomes of the turn's unit of work, and it never saves the turn's pending changes by the way.
/// </remarks>
internal sealed class EfAuditLog(TraineeBotDbContext db, IDbContextFactory<TraineeBotDbContext> contexts, TimeProvider time) : IAuditLog
{
    public AuditEntry Stage(AuditEvent auditEvent)
    {
        var entry = NewEntry(auditEvent);
        db.Set<AuditEntry>().Add(entry);
        return entry;
    }

    public async Task<AuditEntry> RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var entry = NewEntry(auditEvent);
        await using var own = await contexts.CreateDbContextAsync(cancellationToken);
        own.Set<AuditEntry>().Add(entry);
        await own.SaveChangesAsync(cancellationToken);
        return entry;
    }

    private AuditEntry NewEntry(AuditEvent auditEvent)
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
        return entry;
    }

    public async Task<IReadOnlyList<AuditEntry>> OfTraineeAsync(Guid traineeId, int max, CancellationToken cancellationToken) =>
        await db.Set<AuditEntry>().AsNoTracking().Where(a => a.TraineeId == traineeId)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Take(max).ToListAsync(cancellationToken);

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
