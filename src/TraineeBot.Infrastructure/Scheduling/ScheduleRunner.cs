using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Scheduling;
using TraineeBot.Infrastructure.Outbox;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Scheduling;

/// <summary>
/// Turns schedule occurrences that fell due into outbox messages, in one transaction per schedule with the schedule's
/// move to its next occurrence. After downtime every missed occurrence is queued once, in order; the outbox expires
/// those too old to be worth sending and tells the coordinator. The idempotency key (schedule, occurrence) and the
/// schedule's revision make two runners (or a restarted one) never queue an occurrence twice.
/// </summary>
public sealed partial class ScheduleRunner(
    IDbContextFactory<TraineeBotDbContext> dbs,
    SchedulePlanning planning,
    WorkingCalendar calendar,
    OutboxSignal outboxSignal,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<ScheduleRunner> logger)
{
    private const int BatchSize = 200;

    /// <summary>At most this many occurrences of one schedule are queued in one go (a daily rule after a month offline).</summary>
    private const int MaxCatchUp = 50;

    /// <summary>Queues what is due; returns when the next occurrence falls due (or the next tick).</summary>
    public async Task<DateTimeOffset> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<Guid> due;
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Schedules
                .Where(s => s.Status == ScheduleStatus.Active && s.NextDueUtc <= now)
                .OrderBy(s => s.NextDueUtc)
                .Select(s => s.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
        }

        var queued = 0;
        foreach (var id in due)
        {
            queued += await AdvanceAsync(id, now, cancellationToken);
        }

        if (queued > 0)
        {
            outboxSignal.Notify();
        }

        if (due.Count == BatchSize)
        {
            return now;
        }

        await using var read = await dbs.CreateDbContextAsync(cancellationToken);
        var next = await read.Schedules.Where(s => s.Status == ScheduleStatus.Active && s.NextDueUtc > now)
            .MinAsync(s => s.NextDueUtc, cancellationToken);
        var tick = now + options.Value.ScheduleTick;
        return next is { } at && at < tick ? at : tick;
    }

    private async Task<int> AdvanceAsync(Guid scheduleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        if (schedule is not { Status: ScheduleStatus.Active } || schedule.NextDueUtc > now)
        {
            return 0;
        }

        ScheduleDefinition definition;
        try
        {
            definition = planning.Definition(schedule.DefinitionId);
        }
        catch (ScheduleException ex)
        {
            Log.DefinitionMissing(logger, ex, schedule.Id, schedule.DefinitionId);
            schedule.Status = ScheduleStatus.Ended;
            schedule.NextDueUtc = null;
            schedule.Revision++;
            await db.SaveChangesAsync(cancellationToken);
            return 0;
        }

        var today = calendar.LocalDate(now);
        var away = (await db.UserAwayPeriods.AsNoTracking().Where(a => a.UserId == schedule.RecipientUserId && a.To >= today.AddDays(-60))
            .ToListAsync(cancellationToken)).Select(a => a.ToPeriod()).ToList();
        var subjectName = schedule.SubjectUserId is { } subject
            ? await db.Users.Where(u => u.Id == subject).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var queued = 0;
        while (schedule.NextDueUtc is { } dueUtc && dueUtc <= now && queued < MaxCatchUp)
        {
            var key = $"schedule:{schedule.Id}:{schedule.NextOccurrenceKey}";
            if (!await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == key, cancellationToken))
            {
                var request = new OutboxRequest(key, schedule.RecipientUserId, Kind(definition.Sends), Payload(definition.Sends, schedule, subjectName),
                    dueUtc, definition.ExpireAfter, schedule.NotifyUserId, ScheduleDefinitionId: definition.Id, ScheduleId: schedule.Id,
                    OccurrenceKey: schedule.NextOccurrenceKey);
                db.OutboxMessages.Add(OutboxMessage.Create(request, now, options.Value.ExpireAfter));
                queued++;
            }

            schedule.LastNominalDate = schedule.NextNominalDate;
            planning.PlanNext(schedule, definition, away, DateTimeOffset.MinValue);
        }

        schedule.UpdatedUtc = now;
        schedule.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Another runner moved this schedule first (revision) or queued the same occurrence (key): theirs stands.
            Log.Raced(logger, ex, schedule.Id);
            return 0;
        }

        if (queued > 0)
        {
            Log.Queued(logger, queued, schedule.Id, definition.Id);
        }

        return queued;
    }

    private static string Kind(ScheduleSends sends) => sends.Kind switch
    {
        ScheduleSendsKind.Dialog => OutboxKinds.Dialog,
        ScheduleSendsKind.Card => OutboxKinds.Card,
        _ => OutboxKinds.Text,
    };

    private static string Payload(ScheduleSends sends, Schedule schedule, string? subjectName)
    {
        var context = new JsonObject
        {
            ["scheduleId"] = schedule.Id.ToString(),
            ["occurrence"] = schedule.NextOccurrenceKey,
            ["nominalDate"] = schedule.NextNominalDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["subjectUserId"] = schedule.SubjectUserId?.ToString(),
            ["subjectName"] = subjectName,
        };
        var payload = sends.Kind switch
        {
            ScheduleSendsKind.Dialog => new JsonObject { ["dialog"] = sends.Name, ["context"] = context },
            ScheduleSendsKind.Card => new JsonObject { ["template"] = sends.Name, ["data"] = context },
            _ => new JsonObject { ["key"] = sends.Name, ["context"] = context },
        };
        return payload.ToJsonString();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5401, Level = LogLevel.Information, Message = "Queued {Count} occurrence(s) of schedule {ScheduleId} ({DefinitionId})")]
        public static partial void Queued(ILogger logger, int count, Guid scheduleId, string definitionId);

        [LoggerMessage(EventId = 5402, Level = LogLevel.Information, Message = "Schedule {ScheduleId} was advanced by another runner first")]
        public static partial void Raced(ILogger logger, Exception exception, Guid scheduleId);

        [LoggerMessage(EventId = 5403, Level = LogLevel.Error, Message = "Schedule {ScheduleId} uses the definition {DefinitionId}, which is no longer loaded; it is ended")]
        public static partial void DefinitionMissing(ILogger logger, Exception exception, Guid scheduleId, string definitionId);
    }
}
