namespace TraineeBot.Core.Coordinators.Renewals;

/// <summary>What the coordinator decided at the end of a contract period.</summary>
public enum RenewalDecisionKind
{
    /// <summary>A new contract period of <see cref="RenewalDecision.Months"/> months.</summary>
    Renewed = 0,

    /// <summary>Renewed, in a new wage phase (<see cref="RenewalDecision.WagePhase"/>).</summary>
    WagePhaseChanged = 1,

    /// <summary>The placement ends with the period.</summary>
    Ended = 2,

    /// <summary>The placement stopped at once, with <see cref="RenewalDecision.Reason"/>.</summary>
    Interrupted = 3,
}

/// <summary>
/// The coordinator's decision for one contract period (at most one per period): renew, change wage phase, end or
/// interrupt, with who decided and when.
/// </summary>
public sealed class RenewalDecision
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    /// <summary>The period decided on (unique: a period is decided once).</summary>
    public Guid ContractPeriodId { get; set; }

    public RenewalDecisionKind Kind { get; set; }

    /// <summary>The new period's length (renewals only).</summary>
    public int? Months { get; set; }

    /// <summary>The new wage phase, as the coordinator wrote it (wage phase changes only).</summary>
    public string? WagePhase { get; set; }

    /// <summary>Why the placement was interrupted (interruptions only).</summary>
    public string? Reason { get; set; }

    public Guid DecidedByUserId { get; set; }

    public DateTimeOffset DecidedUtc { get; set; }
}
