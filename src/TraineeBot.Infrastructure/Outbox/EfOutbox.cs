using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Outbox;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Outbox;

/// <summary>Queues messages in the turn's own <see cref="TraineeBotDbContext"/>, so they are saved with the feature's changes.</summary>
internal sealed class EfOutbox(TraineeBotDbContext db, TimeProvider time, IOptions<OutboxOptions> options, OutboxSignal signal) : IOutbox
{
    public async Task<OutboxEnqueueResult> EnqueueAsync(OutboxRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.IdempotencyKey);
        if (await ExistingAsync(request.IdempotencyKey, cancellationToken) is { } existing)
        {
            return new OutboxEnqueueResult(existing, Created: false);
        }

        var now = time.GetUtcNow();
        var message = OutboxMessage.Create(request, now, options.Value.ExpireAfter);
        db.OutboxMessages.Add(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // Another turn may have queued the same key between our check and our insert: theirs stands.
            db.Entry(message).State = EntityState.Detached;
            if (await ExistingAsync(request.IdempotencyKey, cancellationToken) is { } raced)
            {
                return new OutboxEnqueueResult(raced, Created: false);
            }

            throw;
        }

        signal.Notify();
        return new OutboxEnqueueResult(message.Id, Created: true);
    }

    public async Task<int> RecipientReachableAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var requeued = await db.OutboxMessages
            .Where(m => m.RecipientUserId == userId && m.Status == OutboxStatus.Unreachable && m.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Queued)
                .SetProperty(m => m.NextAttemptUtc, now)
                .SetProperty(m => m.UpdatedUtc, now), cancellationToken);
        if (requeued > 0)
        {
            signal.Notify();
        }

        return requeued;
    }

    public async Task<int> CancelPendingAsync(Guid recipientUserId, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var now = time.GetUtcNow();
        // Queued ones, leased or not: clearing the lease makes a sender that holds one fail to mark it Sending, so it
        // is not sent. A message already Sending has reached the connector and cannot be called back.
        var pending = await db.OutboxMessages
            .Where(m => m.RecipientUserId == recipientUserId && (m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.Unreachable))
            .ToListAsync(cancellationToken);
        foreach (var message in pending)
        {
            message.Status = OutboxStatus.Cancelled;
            message.LastError = reason;
            message.LeaseToken = null;
            message.LeaseUntilUtc = null;
            message.UpdatedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return pending.Count;
    }

    private async Task<Guid?> ExistingAsync(string key, CancellationToken cancellationToken) =>
        await db.OutboxMessages.Where(m => m.IdempotencyKey == key).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
}
