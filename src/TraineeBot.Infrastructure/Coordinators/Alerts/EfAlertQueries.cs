using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Coordinators.Alerts;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Coordinators.Alerts;

/// <summary>
/// <see cref="IAlertQueries"/> on EF Core, read without tracking. Every digest query starts from the trainees whose
/// coordinator is the one asked about, so nothing of another caseload is ever read into a digest.
/// </summary>
internal sealed class EfAlertQueries(TraineeBotDbContext db, WorkingCalendar calendar) : IAlertQueries
{
    /// <summary>How far back an unreachable message is reported.</summary>
    public static readonly TimeSpan UnreachableWindow = TimeSpan.FromDays(1);

    public async Task<DigestSnapshot> SnapshotAsync(Guid coordinatorId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var trainees = db.Trainees.AsNoTracking().Where(t => t.CoordinatorId == coordinatorId);
        var horizon = today.AddDays(Math.Max(CoordinatorDigest.RenewalDays, Math.Max(CoordinatorDigest.EndingDays, CoordinatorDigest.LimitDays)));

        var placements = await (from pl in db.Placements.AsNoTracking()
                                join t in trainees on pl.TraineeId equals t.Id
                                where pl.InterruptedUtc == null && pl.EndDate >= today && pl.StartDate <= horizon
                                select new { pl.Id, TraineeId = t.Id, t.Name, pl.Kind, pl.StartDate, pl.EndDate }).ToListAsync(cancellationToken);
        var placementIds = placements.Select(p => p.Id).ToList();
        var periods = (await db.ContractPeriods.AsNoTracking().Where(p => placementIds.Contains(p.PlacementId))
                .Select(p => new { p.PlacementId, p.StartDate }).ToListAsync(cancellationToken))
            .ToLookup(p => p.PlacementId, p => p.StartDate);

        var checkIns = await (from c in db.CheckIns.AsNoTracking()
                              join t in trainees on c.TraineeId equals t.Id
                              where c.Status == CheckInStatus.Unanswered && c.AnsweredUtc == null
                                    && (c.Kind == CheckInKinds.Trainee || c.Kind == CheckInKinds.Supervisor || c.Kind == CheckInKinds.Certificate)
                                    && (c.ClosesUtc == null || c.ClosesUtc > now)
                              select new { TraineeId = t.Id, t.Name, c.Kind, c.SentUtc, c.DueUtc }).ToListAsync(cancellationToken);

        var cases = await (from c in db.Cases.AsNoTracking()
                           join t in trainees on c.TraineeId equals t.Id
                           where c.Status == CaseStatus.Open
                           select new { TraineeId = t.Id, t.Name, c.Kind, c.OpenedUtc }).ToListAsync(cancellationToken);

        var since = now - UnreachableWindow;
        var unreachable = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Unreachable && m.UpdatedUtc >= since)
            .Select(m => new { m.RecipientUserId, m.UpdatedUtc }).ToListAsync(cancellationToken);
        var lines = new List<DigestUnreachable>();
        if (unreachable.Count > 0)
        {
            var recipients = unreachable.Select(u => u.RecipientUserId).Distinct().ToList();
            var latest = unreachable.GroupBy(u => u.RecipientUserId).ToDictionary(g => g.Key, g => calendar.LocalDate(g.Max(u => u.UpdatedUtc)));
            var traineesUnreachable = await trainees.Where(t => recipients.Contains(t.UserId))
                .Select(t => new { t.Id, t.Name, t.UserId }).ToListAsync(cancellationToken);
            lines.AddRange(traineesUnreachable.Select(t => new DigestUnreachable(t.Id, t.Name, null, latest[t.UserId])));
            var supervisorsUnreachable = await (from pl in db.Placements.AsNoTracking()
                                                join t in trainees on pl.TraineeId equals t.Id
                                                join s in db.Supervisors.AsNoTracking() on pl.SupervisorId equals s.Id
                                                where pl.InterruptedUtc == null && pl.EndDate >= today.AddDays(-60) && recipients.Contains(s.UserId)
                                                select new { TraineeId = t.Id, t.Name, Supervisor = s.Name, s.UserId }).ToListAsync(cancellationToken);
            lines.AddRange(supervisorsUnreachable.Select(s => new DigestUnreachable(s.TraineeId, s.Name, s.Supervisor, latest[s.UserId])));
        }

        return new DigestSnapshot(
            [.. placements.Select(p => new DigestPlacement(p.TraineeId, p.Name, p.Kind, p.StartDate, p.EndDate, [.. periods[p.Id].Order()]))],
            [.. checkIns.Select(c => new DigestCheckIn(c.TraineeId, c.Name, c.Kind, calendar.LocalDate(c.SentUtc ?? c.DueUtc)))],
            [.. cases.Select(c => new DigestCase(c.TraineeId, c.Name, c.Kind, calendar.LocalDate(c.OpenedUtc)))],
            lines);
    }

    public async Task<IReadOnlyList<UnansweredSupervisorCheckIn>> UnansweredSupervisorCheckInsAsync(DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await (from c in db.CheckIns.AsNoTracking()
                          join t in db.Trainees.AsNoTracking() on c.TraineeId equals t.Id
                          join co in db.Coordinators.AsNoTracking() on t.CoordinatorId equals co.Id
                          where c.Status == CheckInStatus.Unanswered && c.AnsweredUtc == null
                                && (c.Kind == CheckInKinds.Supervisor || c.Kind == CheckInKinds.Certificate)
                                && c.LastRemindedUtc >= since && (c.ClosesUtc == null || c.ClosesUtc > now)
                          select new { c.Id, c.Kind, c.PlacementId, c.RespondentUserId, c.SentUtc, c.DueUtc, TraineeId = t.Id, t.Name, CoordinatorId = co.Id, co.UserId })
            .ToListAsync(cancellationToken);
        var respondents = rows.Select(r => r.RespondentUserId).Distinct().ToList();
        var names = await db.Supervisors.AsNoTracking().Where(s => respondents.Contains(s.UserId))
            .Select(s => new { s.UserId, s.Name }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UnansweredSupervisorCheckIn(
            r.Id, r.Kind, r.TraineeId, r.Name, names.FirstOrDefault(n => n.UserId == r.RespondentUserId)?.Name,
            calendar.LocalDate(r.SentUtc ?? r.DueUtc), r.CoordinatorId, r.UserId))];
    }
}
