namespace TraineeBot.Core.Outbox;

/// <summary>How proactive messages fared: per check-in occurrence, and overall. What status queries read.</summary>
public interface IDeliveryLog
{
    /// <summary>Every recipient of one occurrence of a schedule definition (e.g. the check-in of 2026-12-07).</summary>
    Task<IReadOnlyList<DeliveryEntry>> ForOccurrenceAsync(string scheduleDefinitionId, string occurrenceKey, CancellationToken cancellationToken);

    /// <summary>Messages due in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), counted by state.</summary>
    Task<DeliverySummary> SummaryAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken);
}

public enum DeliveryState
{
    Pending,
    Sent,
    Failed,
    Unreachable,
    Expired,
}

/// <param name="PossibleDuplicate">A send of it was interrupted in flight and repeated, so the recipient may have it twice.</param>
public sealed record DeliveryEntry(
    Guid MessageId,
    Guid RecipientUserId,
    string? RecipientName,
    string Kind,
    DeliveryState State,
    DateTimeOffset DueUtc,
    DateTimeOffset? SentUtc,
    int Attempts,
    bool PossibleDuplicate,
    string? LastError);

public sealed record DeliverySummary(int Pending, int Sent, int Failed, int Unreachable, int Expired, int PossibleDuplicates)
{
    public int Total => Pending + Sent + Failed + Unreachable + Expired;
}
