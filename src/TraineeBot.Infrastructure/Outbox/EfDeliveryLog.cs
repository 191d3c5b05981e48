using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Outbox;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Outbox;

/// <summary>The delivery log, read from the outbox itself (every message is a row until it is sent and after).</summary>
internal sealed class EfDeliveryLog(TraineeBotDbContext db) : IDeliveryLog
{
    public async Task<IReadOnlyList<DeliveryEntry>> ForOccurrenceAsync(string scheduleDefinitionId, string occurrenceKey, CancellationToken cancellationToken)
    {
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ScheduleDefinitionId == scheduleDefinitionId && m.OccurrenceKey == occurrenceKey)
            .Join(db.Users, m => m.RecipientUserId, u => u.Id, (m, u) => new { Message = m, u.Name })
            .ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .Select(r => new DeliveryEntry(r.Message.Id, r.Message.RecipientUserId, r.Name, r.Message.Kind, StateOf(r.Message.Status),
                r.Message.DueUtc, r.Message.SentUtc, r.Message.Attempts, r.Message.UncertainCount > 0, r.Message.LastError))];
    }

    public async Task<DeliverySummary> SummaryAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        var counts = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DueUtc >= fromUtc && m.DueUtc < toUtc)
            .GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Uncertain = g.Count(m => m.UncertainCount > 0) })
            .ToListAsync(cancellationToken);
        int Count(params OutboxStatus[] statuses) => counts.Where(c => statuses.Contains(c.Status)).Sum(c => c.Count);
        return new DeliverySummary(
            Pending: Count(OutboxStatus.Queued, OutboxStatus.Sending),
            Sent: Count(OutboxStatus.Sent),
            Failed: Count(OutboxStatus.Failed),
            Unreachable: Count(OutboxStatus.Unreachable),
            Expired: Count(OutboxStatus.Expired),
            PossibleDuplicates: counts.Sum(c => c.Uncertain));
    }

    internal static DeliveryState StateOf(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => DeliveryState.Sent,
        OutboxStatus.Failed => DeliveryState.Failed,
        OutboxStatus.Unreachable => DeliveryState.Unreachable,
        OutboxStatus.Expired => DeliveryState.Expired,
        _ => DeliveryState.Pending,
    };
}
