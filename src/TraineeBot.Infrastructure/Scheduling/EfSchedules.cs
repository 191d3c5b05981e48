using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Scheduling;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Scheduling;

internal sealed class EfSchedules(
    TraineeBotDbContext db,
    SchedulePlanning planning,
    WorkingCalendar calendar,
    TimeProvider time,
    ScheduleSignal scheduleSignal,
    OutboxSignal outboxSignal) : ISchedules
{
    public async Task<Schedule> StartAsync(ScheduleStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var definition = planning.Definition(start.DefinitionId);
        var now = time.GetUtcNow();
        var existing = await db.Schedules.FirstOrDefaultAsync(s => s.DefinitionId == start.DefinitionId && s.RecipientUserId == start.RecipientUserId
            && s.SubjectUserId == start.SubjectUserId && s.Status != ScheduleStatus.Ended, cancellationToken);
        if (existing is not null)
        {
            return await UpdateAnchorsAsync(existing.Id, start.Anchors, cancellationToken);
        }

        var schedule = new Schedule
        {
            Id = Guid.CreateVersion7(now),
            DefinitionId = definition.Id,
            RecipientUserId = start.RecipientUserId,
            SubjectUserId = start.SubjectUserId,
            NotifyUserId = start.NotifyUserId,
            AnchorsJson = start.Anchors.ToJson(),
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        planning.PlanNext(schedule, definition, await AwayAsync(start.RecipientUserId, cancellationToken), now);
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync(cancellationToken);
        scheduleSignal.Notify();
        return schedule;
    }

    public async Task<Schedule> UpdateAnchorsAsync(Guid scheduleId, ScheduleAnchors anchors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken)
            ?? throw new ScheduleException($"There is no schedule {scheduleId}.");
        schedule.AnchorsJson = anchors.ToJson();
        await ReplanAsync(schedule, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        scheduleSignal.Notify();
        return schedule;
    }

    public async Task EndAsync(Guid scheduleId, CancellationToken cancellationToken)
    {
        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken)
            ?? throw new ScheduleException($"There is no schedule {scheduleId}.");
        schedule.Status = ScheduleStatus.Ended;
        schedule.NextDueUtc = null;
        schedule.NextOccurrenceKey = null;
        schedule.NextNominalDate = null;
        schedule.UpdatedUtc = time.GetUtcNow();
        schedule.Revision++;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<int> PauseAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var active = await db.Schedules.Where(s => s.RecipientUserId == userId && s.Status == ScheduleStatus.Active).ToListAsync(cancellationToken);
        foreach (var schedule in active)
        {
            schedule.Status = ScheduleStatus.Paused;
            schedule.UpdatedUtc = now;
            schedule.Revision++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return active.Count;
    }

    public async Task<int> ResumeAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var paused = await db.Schedules.Where(s => s.RecipientUserId == userId && s.Status == ScheduleStatus.Paused).ToListAsync(cancellationToken);
        var away = await AwayAsync(userId, cancellationToken);
        foreach (var schedule in paused)
        {
            // From now on: what fell due while paused is skipped, not sent late.
            schedule.Status = ScheduleStatus.Active;
            planning.PlanNext(schedule, planning.Definition(schedule.DefinitionId), away, now);
            schedule.UpdatedUtc = now;
            schedule.Revision++;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (paused.Count > 0)
        {
            scheduleSignal.Notify();
        }

        return paused.Count;
    }

    public async Task SetAwayAsync(Guid userId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to < from)
        {
            throw new ArgumentException("An away period ends on or after its first day.", nameof(to));
        }

        var now = time.GetUtcNow();
        db.UserAwayPeriods.Add(new UserAwayPeriod { Id = Guid.CreateVersion7(now), UserId = userId, From = from, To = to, CreatedUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        var away = await AwayAsync(userId, cancellationToken);
        foreach (var schedule in await db.Schedules.Where(s => s.RecipientUserId == userId && s.Status == ScheduleStatus.Active).ToListAsync(cancellationToken))
        {
            await ReplanAsync(schedule, cancellationToken, away);
        }

        // Scheduled messages already queued wait until the user is back (one-off alerts are not held back).
        foreach (var message in await db.OutboxMessages
            .Where(m => m.RecipientUserId == userId && m.Status == OutboxStatus.Queued && m.ScheduleId != null && m.LeaseToken == null)
            .ToListAsync(cancellationToken))
        {
            var moved = calendar.NextWorkingInstant(message.NextAttemptUtc, away);
            if (moved > message.NextAttemptUtc)
            {
                message.ExpiresUtc += moved - message.NextAttemptUtc;
                message.NextAttemptUtc = moved;
                message.UpdatedUtc = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        scheduleSignal.Notify();
    }

    public async Task<bool> ClearAwayAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = calendar.LocalDate(now);
        var current = await db.UserAwayPeriods.Where(a => a.UserId == userId && a.To >= today).ToListAsync(cancellationToken);
        if (current.Count == 0)
        {
            return false;
        }

        foreach (var period in current)
        {
            if (period.From >= today)
            {
                db.UserAwayPeriods.Remove(period);
            }
            else
            {
                period.To = today.AddDays(-1);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var away = await AwayAsync(userId, cancellationToken);
        foreach (var schedule in await db.Schedules.Where(s => s.RecipientUserId == userId && s.Status == ScheduleStatus.Active).ToListAsync(cancellationToken))
        {
            await ReplanAsync(schedule, cancellationToken, away);
        }

        // Messages that were held back go out now (in working hours), not at the end of the cancelled pause.
        foreach (var message in await db.OutboxMessages
            .Where(m => m.RecipientUserId == userId && m.Status == OutboxStatus.Queued && m.ScheduleId != null && m.LeaseToken == null && m.NextAttemptUtc > now)
            .ToListAsync(cancellationToken))
        {
            var earliest = calendar.NextWorkingInstant(message.DueUtc > now ? message.DueUtc : now, away);
            if (earliest < message.NextAttemptUtc)
            {
                message.ExpiresUtc -= message.NextAttemptUtc - earliest;
                message.NextAttemptUtc = earliest;
                message.UpdatedUtc = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        scheduleSignal.Notify();
        outboxSignal.Notify();
        return true;
    }

    public async Task<IReadOnlyList<AwayPeriod>> AwayPeriodsAsync(Guid userId, DateOnly today, CancellationToken cancellationToken) =>
        [.. (await db.UserAwayPeriods.AsNoTracking().Where(a => a.UserId == userId && a.To >= today).OrderBy(a => a.From).ToListAsync(cancellationToken))
            .Select(a => a.ToPeriod())];

    private async Task ReplanAsync(Schedule schedule, CancellationToken cancellationToken, IReadOnlyCollection<AwayPeriod>? away = null)
    {
        away ??= await AwayAsync(schedule.RecipientUserId, cancellationToken);
        // From the last occurrence queued: occurrences not queued yet are planned again (a missed one is still sent,
        // or expired if it is too old), none is repeated.
        planning.PlanNext(schedule, planning.Definition(schedule.DefinitionId), away, DateTimeOffset.MinValue);
        schedule.UpdatedUtc = time.GetUtcNow();
        schedule.Revision++;
    }

    private async Task<IReadOnlyCollection<AwayPeriod>> AwayAsync(Guid userId, CancellationToken cancellationToken) =>
        await AwayPeriodsAsync(userId, calendar.LocalDate(time.GetUtcNow()).AddDays(-1), cancellationToken);
}
