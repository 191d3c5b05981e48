using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Renewals;

/// <summary>What the coordinator asked for on the card (before it is checked).</summary>
public sealed record RenewalRequest(RenewalDecisionKind Kind, int? Months = null, string? WagePhase = null, string? Reason = null);

/// <summary>Why a decision cannot be made; <see cref="Field"/> names the card's input it is about, if any.</summary>
public enum RenewalProblemKind
{
    /// <summary>The placement was interrupted or has ended.</summary>
    PlacementEnded,

    /// <summary>The period is not the one to decide now (ended, or a later one).</summary>
    NotCurrentPeriod,

    MonthsInvalid,

    /// <summary>Beyond the 18 (internal) or 12 (external) months limit.</summary>
    TooLong,

    WagePhaseRequired,

    ReasonRequired,
}

public sealed record RenewalProblem(RenewalProblemKind Kind, string? Field = null, int? Months = null, DateOnly? Latest = null);

/// <summary>
/// A checked decision: the placement's new end, its contract periods from the decided one on, and whether it is
/// interrupted (today).
/// </summary>
public sealed record RenewalPlan(DateOnly EndDate, IReadOnlyList<(DateOnly Start, DateOnly End)> PeriodsFromDecided, bool Interrupt, string? Reason);

/// <summary>
/// The programme's rules for a decision at the end of a contract period. Pure. The decided period is the placement's
/// current (or, before the start, first) period. The periods planned after it are replaced by the decision:
/// a renewal decides the next period (+2 or +3 months from the day after the decided period ends) and the placement
/// then ends with it; "end" ends the placement with the decided period; "interrupt" ends it today (the decided
/// period is cut to today).
/// </summary>
public static class RenewalRules
{
    public const int MaxReasonLength = 1000;

    public const int MaxWagePhaseLength = 200;

    public static IReadOnlyList<int> AllowedMonths { get; } = [2, 3];

    /// <summary>The period a decision is about now: the one running today, else the next (null when all have ended).</summary>
    public static ContractPeriod? PeriodToDecide(Placement placement, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(placement);
        return placement.CurrentOrNextPeriod(today);
    }

    /// <summary>The new period of a renewal by <paramref name="months"/> after <paramref name="period"/>.</summary>
    public static (DateOnly Start, DateOnly End) NextPeriod(ContractPeriod period, int months)
    {
        ArgumentNullException.ThrowIfNull(period);
        var start = period.EndDate.AddDays(1);
        return (start, start.AddMonths(months).AddDays(-1));
    }

    /// <summary>The plan, or the problem with the request.</summary>
    public static (RenewalPlan? Plan, RenewalProblem? Problem) Decide(Placement placement, ContractPeriod period, RenewalRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(request);
        if (placement.InterruptedUtc is not null || placement.PhaseOn(today) == PlacementPhase.Ended)
        {
            return (null, new RenewalProblem(RenewalProblemKind.PlacementEnded));
        }

        if (period.PlacementId != placement.Id || PeriodToDecide(placement, today)?.Id != period.Id)
        {
            return (null, new RenewalProblem(RenewalProblemKind.NotCurrentPeriod));
        }

        switch (request.Kind)
        {
            case RenewalDecisionKind.Renewed:
            case RenewalDecisionKind.WagePhaseChanged:
                if (request.Months is not { } months || !AllowedMonths.Contains(months))
                {
                    return (null, new RenewalProblem(RenewalProblemKind.MonthsInvalid, "months"));
                }

                if (request.Kind == RenewalDecisionKind.WagePhaseChanged && string.IsNullOrWhiteSpace(request.WagePhase))
                {
                    return (null, new RenewalProblem(RenewalProblemKind.WagePhaseRequired, "wagePhase"));
                }

                var next = NextPeriod(period, months);
                var latest = PlacementRules.LatestEnd(placement.Kind, placement.StartDate);
                if (next.End > latest)
                {
                    return (null, new RenewalProblem(RenewalProblemKind.TooLong, Months: PlacementRules.MaxMonths(placement.Kind), Latest: latest));
                }

                return (new RenewalPlan(next.End, [(period.StartDate, period.EndDate), next], Interrupt: false, Reason: null), null);

            case RenewalDecisionKind.Ended:
                return (new RenewalPlan(period.EndDate, [(period.StartDate, period.EndDate)], Interrupt: false, Reason: null), null);

            case RenewalDecisionKind.Interrupted:
                if (string.IsNullOrWhiteSpace(request.Reason))
                {
                    return (null, new RenewalProblem(RenewalProblemKind.ReasonRequired, "reason"));
                }

                // The last day is today (the first day when it had not started); the decided period is cut to it.
                var last = today < placement.StartDate ? placement.StartDate : today;
                var end = last < period.StartDate ? period.StartDate : last;
                return (new RenewalPlan(end, [(period.StartDate, end < period.EndDate ? end : period.EndDate)], Interrupt: true, request.Reason.Trim()), null);

            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Unknown decision.");
        }
    }
}
