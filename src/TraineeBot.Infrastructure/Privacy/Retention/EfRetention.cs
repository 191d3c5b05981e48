using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Privacy.DataRights;
using TraineeBot.Core.Privacy.Retention;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Privacy.Retention;

/// <summary>
/// <see cref="IRetention"/> on EF Core. A trainee's <b>last follow-up</b> is the latest Stockholm day of: their
/// registration; the last day of each placement (its end, or the day it was interrupted); each check-in of any kind
/// (due, answered or closed — so a follow-up planned for later counts from its date); each outcome answered (3, 6, 12
/// months after); each case opened or resolved. Their personal data is due for erasure on that day +
/// <see cref="RetentionOptions.PersonalDataMonths"/> calendar months, and stays due until erased. Erased trainees
/// (<c>Trainee.ErasedUtc</c>) are never selected again.
/// </summary>
internal sealed partial class EfRetention(
    TraineeBotDbContext db, ITraineeErasure erasure, IOptions<RetentionOptions> options, TimeProvider time, ILogger<EfRetention> logger) : IRetention
{
    public Task<RetentionReport> PlanAsync(CancellationToken cancellationToken) => RunAsync(dryRun: true, cancellationToken);

    public async Task<RetentionReport> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var due = await DueAsync(StockholmTime.Today(time), settings.PersonalDataMonths, cancellationToken);
        var cutoff = now.AddYears(-settings.AuditYears);
        if (dryRun)
        {
            var count = await db.AuditEntries.CountAsync(a => a.AtUtc < cutoff, cancellationToken);
            Log.Planned(logger, due.Count, count, string.Join(",", due.Select(d => d.TraineeId)));
            return new RetentionReport(now, true, due, [], cutoff, count);
        }

        var erased = new List<Guid>();
        foreach (var candidate in due)
        {
            try
            {
                var result = await erasure.EraseAsync(candidate.TraineeId, ErasureReason.Retention, null, cancellationToken);
                if (result.Erased)
                {
                    erased.Add(candidate.TraineeId);
                }

                // Erased now or before: not selected again (whether or not the erasure set the mark itself).
                await db.Trainees.Where(t => t.Id == candidate.TraineeId && t.ErasedUtc == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.ErasedUtc, now), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.EraseFailed(logger, ex, candidate.TraineeId);
            }
        }

        // The only deletion of audit rows: set-based, by age.
        var deleted = await db.AuditEntries.Where(a => a.AtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        Log.Ran(logger, due.Count, erased.Count, deleted, string.Join(",", erased));
        return new RetentionReport(now, false, due, erased, cutoff, deleted);
    }

    /// <summary>The trainees not yet erased whose last follow-up + <paramref name="months"/> is on or before <paramref name="today"/>.</summary>
    internal async Task<IReadOnlyList<RetentionCandidate>> DueAsync(DateOnly today, int months, CancellationToken cancellationToken)
    {
        var trainees = await db.Trainees.AsNoTracking().Where(t => t.ErasedUtc == null)
            .Join(db.Coordinators, t => t.CoordinatorId, c => c.Id, (t, c) => new { t.Id, t.CreatedUtc, t.CoordinatorId, Coordinator = c.Name })
            .ToListAsync(cancellationToken);
        var last = trainees.ToDictionary(t => t.Id, t => Day(t.CreatedUtc));
        void Later(Guid traineeId, DateOnly day)
        {
            if (last.TryGetValue(traineeId, out var known) && day > known)
            {
                last[traineeId] = day;
            }
        }

        foreach (var placement in await db.Placements.AsNoTracking().ToListAsync(cancellationToken))
        {
            Later(placement.TraineeId, placement.LastDay());
        }

        foreach (var checkIn in await db.CheckIns.AsNoTracking().Select(c => new { c.TraineeId, c.DueUtc, c.AnsweredUtc, c.ClosesUtc }).ToListAsync(cancellationToken))
        {
            Later(checkIn.TraineeId, Day(checkIn.DueUtc));
            if (checkIn.AnsweredUtc is { } answered)
            {
                Later(checkIn.TraineeId, Day(answered));
            }

            if (checkIn.ClosesUtc is { } closes)
            {
                Later(checkIn.TraineeId, Day(closes));
            }
        }

        foreach (var outcome in await db.Outcomes.AsNoTracking().Select(o => new { o.TraineeId, o.AnsweredUtc }).ToListAsync(cancellationToken))
        {
            Later(outcome.TraineeId, Day(outcome.AnsweredUtc));
        }

        foreach (var @case in await db.Cases.AsNoTracking().Select(c => new { c.TraineeId, c.OpenedUtc, c.ResolvedUtc }).ToListAsync(cancellationToken))
        {
            Later(@case.TraineeId, Day(@case.OpenedUtc));
            if (@case.ResolvedUtc is { } resolved)
            {
                Later(@case.TraineeId, Day(resolved));
            }
        }

        return [.. trainees
            .Select(t => new RetentionCandidate(t.Id, t.CoordinatorId, t.Coordinator, last[t.Id], last[t.Id].AddMonths(months)))
            .Where(c => c.DueOn <= today)
            .OrderBy(c => c.DueOn).ThenBy(c => c.TraineeId)];
    }

    private static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(StockholmTime.ToLocal(instant).DateTime);

    private static partial class Log
    {
        [LoggerMessage(EventId = 9401, Level = LogLevel.Information, Message = "Retention dry run: {Due} trainees due for erasure, {AuditEntries} audit entries older than the audit period; trainees {TraineeIds}")]
        public static partial void Planned(ILogger logger, int due, int auditEntries, string traineeIds);

        [LoggerMessage(EventId = 9402, Level = LogLevel.Information, Message = "Retention run: {Due} trainees due, {Erased} erased, {AuditEntries} audit entries deleted; erased trainees {TraineeIds}")]
        public static partial void Ran(ILogger logger, int due, int erased, int auditEntries, string traineeIds);

        [LoggerMessage(EventId = 9403, Level = LogLevel.Error, Message = "Retention: erasing trainee {TraineeId} failed; tried again at the next run")]
        public static partial void EraseFailed(ILogger logger, Exception exception, Guid traineeId);
    }
}
