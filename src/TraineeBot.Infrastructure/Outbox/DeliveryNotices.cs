using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Users;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Outbox;

/// <summary>
/// Tells coordinators about messages that did not get through (expired, failed, recipient unreachable): one notice per
/// coordinator per round, listing them. The notice and the marks on the messages are saved together, so each
/// problem is reported exactly once. Notices about notices are never made.
/// </summary>
public sealed partial class DeliveryNotices(IDbContextFactory<TraineeBotDbContext> dbs, TimeProvider time, ILogger<DeliveryNotices> logger)
{
    private const int MaxPerRound = 500;

    public async Task<int> QueueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var problems = await db.OutboxMessages
            .Where(m => (m.Status == OutboxStatus.Failed || m.Status == OutboxStatus.Expired || m.Status == OutboxStatus.Unreachable)
                && m.NoticeMessageId == null && m.Kind != OutboxKinds.DeliveryNotice)
            .OrderBy(m => m.DueUtc)
            .Take(MaxPerRound)
            .ToListAsync(cancellationToken);
        if (problems.Count == 0)
        {
            return 0;
        }

        var coordinators = await db.Users.Where(u => u.Role == UserRole.Coordinator).Select(u => u.Id).ToListAsync(cancellationToken);
        var byTarget = new Dictionary<Guid, List<Core.Outbox.OutboxMessage>>();
        foreach (var problem in problems)
        {
            var targets = problem.NotifyUserId is { } notify ? [notify] : coordinators;
            if (targets.Count == 0)
            {
                Log.NobodyToTell(logger, problem.Id, problem.Status);
                problem.NoticeMessageId = Guid.Empty;
            }

            foreach (var target in targets)
            {
                if (!byTarget.TryGetValue(target, out var list))
                {
                    byTarget[target] = list = [];
                }

                list.Add(problem);
            }
        }

        var created = time.GetUtcNow();
        foreach (var (target, list) in byTarget)
        {
            var payload = new JsonObject { ["messages"] = new JsonArray([.. list.Select(m => JsonValue.Create(m.Id.ToString()))]) };
            var notice = Core.Outbox.OutboxMessage.Create(
                new OutboxRequest($"notice:{target}:{list[0].Id}:{list.Count}:{Guid.CreateVersion7(created)}", target, OutboxKinds.DeliveryNotice,
                    payload.ToJsonString(), now, ExpireAfter: TimeSpan.FromDays(7)),
                created, TimeSpan.FromDays(7));
            db.OutboxMessages.Add(notice);
            foreach (var problem in list)
            {
                problem.NoticeMessageId ??= notice.Id;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return byTarget.Count;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5201, Level = LogLevel.Warning, Message = "Outbox message {MessageId} is {Status} and there is no coordinator to tell")]
        public static partial void NobodyToTell(ILogger logger, Guid messageId, OutboxStatus status);
    }
}
