using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Coordinators.Renewals;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Coordinators.Renewals;

/// <summary>
/// <see cref="IRenewals"/> on EF Core. A decision changes the placement and then plans again every schedule about
/// the trainee that counts from this placement (its anchors' start is the placement's), with
/// <see cref="ISchedules.UpdateAnchorsAsync"/>: nothing else replans when a placement changes.
/// </summary>
internal sealed class EfRenewals(TraineeBotDbContext db, ISchedules schedules, IAuditLog audit) : IRenewals
{
    public async Task<RenewalSubject?> FindAsync(Guid placementId, Guid periodId, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken);
        return placement?.ContractPeriods.FirstOrDefault(p => p.Id == periodId) is { } period
            ? await SubjectAsync(placement, period, cancellationToken)
            : null;
    }

    public async Task<RenewalSubject?> CurrentAsync(Guid traineeId, DateOnly today, CancellationToken cancellationToken)
    {
        var placements = await db.Placements.Where(p => p.TraineeId == traineeId).ToListAsync(cancellationToken);
        // As the trainee's journey: the one running today, else the next, else the last one.
        var placement = placements.Where(p => p.PhaseOn(today) == PlacementPhase.Active).MinBy(p => p.StartDate)
            ?? placements.Where(p => p.PhaseOn(today) == PlacementPhase.Planned).MinBy(p => p.StartDate)
            ?? placements.MaxBy(p => p.LastDay());
        if (placement is null)
        {
            return null;
        }

        var decided = await db.RenewalDecisions.AsNoTracking().Where(d => d.PlacementId == placement.Id)
            .Select(d => d.ContractPeriodId).ToListAsync(cancellationToken);
        var period = placement.PhaseOn(today) != PlacementPhase.Ended ? RenewalRules.PeriodToDecide(placement, today) : null;
        period ??= placement.ContractPeriods.Where(p => decided.Contains(p.Id)).MaxBy(p => p.StartDate)
            ?? placement.ContractPeriods.MaxBy(p => p.StartDate);
        return period is null ? null : await SubjectAsync(placement, period, cancellationToken);
    }

    public async Task<RenewalSubject?> EndingOnAsync(Guid traineeUserId, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var traineeId = await db.Trainees.Where(t => t.UserId == traineeUserId).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (traineeId is null)
        {
            return null;
        }

        var placement = await db.Placements
            .Where(p => p.TraineeId == traineeId && p.InterruptedUtc == null && p.ContractPeriods.Any(c => c.EndDate == lastDay))
            .FirstOrDefaultAsync(cancellationToken);
        return placement?.ContractPeriods.FirstOrDefault(p => p.EndDate == lastDay) is { } period
            ? await SubjectAsync(placement, period, cancellationToken)
            : null;
    }

    public async Task<bool> RecordAsync(RenewalSubject subject, RenewalPlan plan, RenewalDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(decision);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.RenewalDecisions.AnyAsync(d => d.ContractPeriodId == decision.ContractPeriodId, cancellationToken))
        {
            return false;
        }

        var placement = subject.Placement;
        // The decision's kind and the period's number; never the reason typed.
        var periodNumber = placement.ContractPeriods.Count(p => p.StartDate <= subject.Period.StartDate);
        Apply(placement, subject.Period, plan, decision);
        db.RenewalDecisions.Add(decision);
        audit.Stage(new AuditEvent(decision.DecidedByUserId, nameof(Core.Users.UserRole.Coordinator), AuditActions.Decision, subject.Trainee.Id,
            CommandOf(decision.Kind), Detail: $"{decision.Kind} period {periodNumber}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Decided by someone else between the check and the write (the unique period): theirs stands, nothing of ours is kept.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (!await db.RenewalDecisions.AnyAsync(d => d.ContractPeriodId == decision.ContractPeriodId, cancellationToken))
            {
                throw;
            }

            return false;
        }

        await ReplanAsync(placement, plan, subject.TraineeUserId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The card verb that makes a decision of <paramref name="kind"/>.</summary>
    private static string CommandOf(RenewalDecisionKind kind) => kind switch
    {
        RenewalDecisionKind.Renewed => "renewal.renew",
        RenewalDecisionKind.WagePhaseChanged => "renewal.wage-phase",
        RenewalDecisionKind.Ended => "renewal.end",
        _ => "renewal.interrupt",
    };

    public async Task StartScheduleAsync(Placement placement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var people = await db.Trainees.Where(t => t.Id == placement.TraineeId)
            .Join(db.Coordinators, t => t.CoordinatorId, c => c.Id, (t, c) => new { TraineeUser = t.UserId, CoordinatorUser = c.UserId })
            .FirstOrDefaultAsync(cancellationToken);
        if (people is not null)
        {
            await schedules.StartAsync(
                new ScheduleStart(RenewalAnchors.DefinitionId, people.CoordinatorUser, RenewalAnchors.Of(placement), SubjectUserId: people.TraineeUser),
                cancellationToken);
        }
    }

    /// <summary>The placement's end, its periods from the decided one on (later ones replaced), the interruption.</summary>
    private void Apply(Placement placement, ContractPeriod decided, RenewalPlan plan, RenewalDecision decision)
    {
        var later = placement.ContractPeriods.Where(p => p.StartDate > decided.StartDate).ToList();
        decided.EndDate = plan.PeriodsFromDecided[0].End;
        foreach (var (start, end) in plan.PeriodsFromDecided.Skip(1))
        {
            // A period planned from the same day is kept (its id too), with the decided length.
            if (later.FirstOrDefault(p => p.StartDate == start) is { } kept)
            {
                kept.EndDate = end;
                later.Remove(kept);
            }
            else
            {
                var added = new ContractPeriod { Id = Guid.CreateVersion7(decision.DecidedUtc), PlacementId = placement.Id, StartDate = start, EndDate = end };
                placement.ContractPeriods.Add(added);
                db.ContractPeriods.Add(added);
            }
        }

        foreach (var replaced in later)
        {
            placement.ContractPeriods.Remove(replaced);
            db.ContractPeriods.Remove(replaced);
        }

        placement.EndDate = plan.EndDate;
        if (plan.Interrupt)
        {
            placement.InterruptedUtc = decision.DecidedUtc;
            placement.InterruptionReason = plan.Reason;
        }
    }

    /// <summary>
    /// Every schedule about the trainee that counts from this placement (active; after a renewal also one that ended for want of dates) gets the placement's new dates: a
    /// renewal adds check-ins and cards for the new period; an end or interruption leaves none after the last day.
    /// </summary>
    private async Task ReplanAsync(Placement placement, RenewalPlan plan, Guid traineeUserId, CancellationToken cancellationToken)
    {
        // After a renewal ended ones too: a rule that had nothing left (no renewal in a one-period placement) has dates
        // again. Not the follow-up after the programme: when that one ended, the trainee asked not to be asked again.
        var renewed = !plan.Interrupt && plan.PeriodsFromDecided.Count > 1;
        var about = await db.Schedules
            .Where(s => s.SubjectUserId == traineeUserId
                && (s.Status == ScheduleStatus.Active || (renewed && s.DefinitionId != CheckInKinds.AfterProgramme)))
            .ToListAsync(cancellationToken);
        foreach (var schedule in about.Where(s => ScheduleAnchors.FromJson(s.AnchorsJson).Get(ScheduleAnchors.Start).Contains(placement.StartDate)))
        {
            var anchors = schedule.DefinitionId == RenewalAnchors.DefinitionId ? RenewalAnchors.Of(placement) : PlacementAnchors.Of(placement);
            await schedules.UpdateAnchorsAsync(schedule.Id, anchors, cancellationToken);
        }
    }

    private async Task<RenewalSubject> SubjectAsync(Placement placement, ContractPeriod period, CancellationToken cancellationToken)
    {
        var trainee = await db.Trainees.AsNoTracking().FirstAsync(t => t.Id == placement.TraineeId, cancellationToken);
        var workplace = await db.Workplaces.AsNoTracking().Where(w => w.Id == placement.WorkplaceId).Select(w => w.Name).FirstAsync(cancellationToken);
        var coordinator = await db.Coordinators.AsNoTracking().FirstAsync(c => c.Id == trainee.CoordinatorId, cancellationToken);
        var decision = await db.RenewalDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.ContractPeriodId == period.Id, cancellationToken);
        var decidedBy = decision is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == decision.DecidedByUserId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        var answered = await db.CheckIns.AsNoTracking()
            .Where(c => c.TraineeId == trainee.Id && c.AnsweredUtc != null && c.AnswersJson != null
                && (c.Kind == CheckInKinds.Trainee || (c.Kind == CheckInKinds.Supervisor && c.PlacementId == placement.Id)))
            .ToListAsync(cancellationToken);
        return new RenewalSubject(
            placement,
            period,
            trainee,
            trainee.UserId,
            workplace,
            coordinator,
            decision,
            decidedBy,
            answered.Where(c => c.Kind == CheckInKinds.Trainee).MaxBy(c => c.AnsweredUtc),
            answered.Where(c => c.Kind == CheckInKinds.Supervisor).MaxBy(c => c.AnsweredUtc));
    }
}
