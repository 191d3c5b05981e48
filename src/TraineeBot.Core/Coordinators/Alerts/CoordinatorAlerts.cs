using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;

namespace TraineeBot.Core.Coordinators.Alerts;

/// <summary>
/// Queues the coordinators' proactive alerts through the outbox, each with an idempotency key so that however often a
/// round runs (a restart, two instances) nothing is sent twice: the morning digest (<c>digest:{coordinatorId}:{date}</c>)
/// and the immediate alert for a supervisor's check-in unanswered after its reminders
/// (<c>supervisor-unanswered:{checkInId}</c>). Routed to the trainee's own coordinator, never to the backup.
/// </summary>
public sealed partial class CoordinatorAlerts(
    IProgramme programme, IAlertQueries queries, ICaseloadQueries caseloads, IOutbox outbox, DigestClock clock, WorkingCalendar calendar,
    TimeProvider time, ILogger<CoordinatorAlerts> logger)
{
    /// <summary>How far back an unanswered supervisor check-in still gets its immediate alert (a bot down over a weekend catches up).</summary>
    public static readonly TimeSpan UnansweredLookBack = TimeSpan.FromDays(3);

    /// <summary>Queues each coordinator's digest for <paramref name="day"/> when it has something to say; returns how many were queued now.</summary>
    public async Task<int> QueueDigestsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (due, until) = clock.Window(day);
        var queued = 0;
        foreach (var coordinator in await programme.CoordinatorsAsync(cancellationToken))
        {
            var digest = CoordinatorDigest.Build(await queries.SnapshotAsync(coordinator.Id, day, now, cancellationToken), day);
            if (digest.IsEmpty)
            {
                continue;
            }

            var language = await caseloads.UserLanguageAsync(coordinator.UserId, cancellationToken);
            var payload = new JsonObject { ["template"] = DigestCard.Template, ["data"] = DigestCard.Data(digest, language) };
            var result = await outbox.EnqueueAsync(
                new OutboxRequest(
                    DigestKey(coordinator.Id, day), coordinator.UserId, OutboxKinds.Card, payload.ToJsonString(), due,
                    ExpireAfter: until - due, NotifyUserId: coordinator.UserId),
                cancellationToken);
            if (result.Created)
            {
                queued++;
                Log.DigestQueued(logger, coordinator.Id, day, digest.Lines.Count);
            }
        }

        return queued;
    }

    /// <summary>Queues the immediate alert for each supervisor's check-in that became unanswered lately; returns how many were queued now.</summary>
    public async Task<int> QueueUnansweredAlertsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = calendar.LocalDate(now);
        var queued = 0;
        foreach (var checkIn in await queries.UnansweredSupervisorCheckInsAsync(now - UnansweredLookBack, now, cancellationToken))
        {
            var language = await caseloads.UserLanguageAsync(checkIn.CoordinatorUserId, cancellationToken);
            var payload = new JsonObject { ["template"] = DigestCard.Template, ["data"] = DigestCard.Unanswered(checkIn, language, today) };
            var result = await outbox.EnqueueAsync(
                new OutboxRequest(
                    $"supervisor-unanswered:{checkIn.CheckInId}", checkIn.CoordinatorUserId, OutboxKinds.Card, payload.ToJsonString(), now,
                    ExpireAfter: TimeSpan.FromDays(7), NotifyUserId: checkIn.CoordinatorUserId),
                cancellationToken);
            if (result.Created)
            {
                queued++;
                Log.UnansweredQueued(logger, checkIn.CheckInId, checkIn.CoordinatorId);
            }
        }

        return queued;
    }

    public static string DigestKey(Guid coordinatorId, DateOnly day) =>
        $"digest:{coordinatorId}:{day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    private static partial class Log
    {
        [LoggerMessage(EventId = 8301, Level = LogLevel.Information, Message = "Morning digest for coordinator {CoordinatorId} on {Day} queued with {Lines} lines")]
        public static partial void DigestQueued(ILogger logger, Guid coordinatorId, DateOnly day, int lines);

        [LoggerMessage(EventId = 8302, Level = LogLevel.Information, Message = "Supervisor check-in {CheckInId} unanswered after reminders: coordinator {CoordinatorId} alerted")]
        public static partial void UnansweredQueued(ILogger logger, Guid checkInId, Guid coordinatorId);
    }
}
