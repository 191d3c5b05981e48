using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Renewals;

/// <summary>
/// A contract period to decide on, read from the database (never from a card): the placement with its periods, the
/// trainee, workplace and coordinator, the decision if one was made, and the latest answered check-ins.
/// </summary>
public sealed record RenewalSubject(
    Placement Placement,
    ContractPeriod Period,
    Trainee Trainee,
    Guid TraineeUserId,
    string WorkplaceName,
    Coordinator Coordinator,
    RenewalDecision? Decision,
    string? DecidedByName,
    CheckIn? TraineeAnswers,
    CheckIn? SupervisorAnswers);

/// <summary>Renewal decisions and what they change (the placement, its periods, the schedules that count from them).</summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface IRenewals
{
    /// <summary>The period <paramref name="periodId"/> of the placement <paramref name="placementId"/>; null when there is no such pair.</summary>
    Task<RenewalSubject?> FindAsync(Guid placementId, Guid periodId, CancellationToken cancellationToken);

    /// <summary>The trainee's period to decide now (see <see cref="RenewalRules.PeriodToDecide"/>), or the last decided one; null without a placement.</summary>
    Task<RenewalSubject?> CurrentAsync(Guid traineeId, DateOnly today, CancellationToken cancellationToken);

    /// <summary>The trainee's period that ends on <paramref name="lastDay"/>, of the placement running or planned; null when none.</summary>
    Task<RenewalSubject?> EndingOnAsync(Guid traineeUserId, DateOnly lastDay, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the decision and applies the plan in one transaction: the placement's end, its periods from the decided
    /// one on, the interruption; then every schedule about the trainee that counts from this placement is planned
    /// again from its new dates. False when the period was decided by someone else first (nothing written).
    /// </summary>
    Task<bool> RecordAsync(RenewalSubject subject, RenewalPlan plan, RenewalDecision decision, CancellationToken cancellationToken);

    /// <summary>Starts the coordinator's renewal-decision schedule for a new placement (inside its transaction).</summary>
    Task StartScheduleAsync(Placement placement, CancellationToken cancellationToken);
}
