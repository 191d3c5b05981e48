namespace TraineeBot.Core.Outbox;

/// <summary>
/// Queues proactive messages. A feature queues in the same unit of work as its own state change, so a crash between
/// "decided" and "sent" loses nothing; the outbox sender delivers within Teams' limits.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Queues the message unless one with the same idempotency key exists already (then that one is returned and
    /// nothing changes). Changes pending in the caller's scope are saved in the same transaction.
    /// </summary>
    Task<OutboxEnqueueResult> EnqueueAsync(OutboxRequest request, CancellationToken cancellationToken);

    /// <summary>The user can be reached again (they installed the app): their unreachable messages are queued again.</summary>
    Task<int> RecipientReachableAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels every message to the user that has not gone out yet (queued or waiting for them to be reachable): they
    /// become <see cref="OutboxStatus.Cancelled"/> and are never sent. Pending changes in the scope are saved with it.
    /// Returns how many were cancelled.
    /// </summary>
    Task<int> CancelPendingAsync(Guid recipientUserId, string reason, CancellationToken cancellationToken);
}

/// <summary>What to send to whom, and when.</summary>
/// <param name="IdempotencyKey">Unique per (occurrence, recipient) or per feature event; see <see cref="OutboxMessage.IdempotencyKey"/>.</param>
/// <param name="DueUtc">When it should go out; now or in the past means as soon as allowed.</param>
/// <param name="ExpireAfter">How long after <paramref name="DueUtc"/> it is still worth sending; default <see cref="OutboxOptions.ExpireAfter"/>.</param>
public sealed record OutboxRequest(
    string IdempotencyKey,
    Guid RecipientUserId,
    string Kind,
    string PayloadJson,
    DateTimeOffset DueUtc,
    TimeSpan? ExpireAfter = null,
    Guid? NotifyUserId = null,
    Guid? ConversationReferenceId = null,
    string? ScheduleDefinitionId = null,
    Guid? ScheduleId = null,
    string? OccurrenceKey = null);

public sealed record OutboxEnqueueResult(Guid MessageId, bool Created);
