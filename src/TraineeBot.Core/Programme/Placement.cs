namespace TraineeBot.Core.Programme;

/// <summary>Internal (a municipal service, at most 18 months) or external (a company, at most 12 months).</summary>
public enum PlacementKind
{
    Internal = 0,
    External = 1,
}

/// <summary>
/// A trainee's place at a workplace (traineeplats) with a supervisor, from <see cref="StartDate"/> to
/// <see cref="EndDate"/> (Stockholm dates, inclusive), as a series of contract periods renewed after a follow-up.
/// </summary>
public sealed class Placement
{
    public Guid Id { get; set; }

    public Guid TraineeId { get; set; }

    public Guid WorkplaceId { get; set; }

    public Guid SupervisorId { get; set; }

    public PlacementKind Kind { get; set; }

    /// <summary>What the trainee will do, in a few words ("barnskötare på förskolan Solen").</summary>
    public string? Role { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>The planned last day; moved when the placement is interrupted or extended.</summary>
    public DateOnly EndDate { get; set; }

    /// <summary>Contract periods (anställningsavtal), in order; each renewal is a new period.</summary>
    public List<ContractPeriod> ContractPeriods { get; set; } = [];

    // The start checklist: what the trainee needs on the first day.

    /// <summary>Time of day to arrive on the first day (Stockholm).</summary>
    public TimeOnly? StartTime { get; set; }

    /// <summary>Where to go on the first day, when not the workplace's address.</summary>
    public string? MeetingAddress { get; set; }

    /// <summary>Whom to ask for on arrival.</summary>
    public string? AskFor { get; set; }

    /// <summary>What to bring (ID card, clothes, lunch…).</summary>
    public string? Bring { get; set; }

    public bool ContractSigned { get; set; }

    /// <summary>The trainee said "I am there" on the first day.</summary>
    public DateTimeOffset? ArrivedUtc { get; set; }

    /// <summary>The trainee said "I can't come" on the first day, with their reason.</summary>
    public DateTimeOffset? CannotComeUtc { get; set; }

    public string? CannotComeReason { get; set; }

    /// <summary>Ended before <see cref="EndDate"/> (interrupted), with the reason.</summary>
    public DateTimeOffset? InterruptedUtc { get; set; }

    public string? InterruptionReason { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    /// <summary>The last day the placement actually runs: the end date, or the day it was interrupted.</summary>
    public DateOnly LastDay() =>
        InterruptedUtc is { } interrupted ? DateOnly.FromDateTime(Localization.StockholmTime.ToLocal(interrupted).DateTime) : EndDate;

    /// <summary>
    /// The placement that is the trainee's current one on <paramref name="today"/>: the one that runs today; else the
    /// next one; else the last one that ended.
    /// </summary>
    public static Placement? CurrentOf(IReadOnlyCollection<Placement> placements, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(placements);
        return placements.Where(p => p.PhaseOn(today) == PlacementPhase.Active).MinBy(p => p.StartDate)
            ?? placements.Where(p => p.PhaseOn(today) == PlacementPhase.Planned).MinBy(p => p.StartDate)
            ?? placements.MaxBy(p => p.LastDay());
    }

    /// <summary>Planned (not started), active, or ended on <paramref name="today"/>.</summary>
    public PlacementPhase PhaseOn(DateOnly today) =>
        InterruptedUtc is not null ? PlacementPhase.Ended
        : today < StartDate ? PlacementPhase.Planned
        : today > EndDate ? PlacementPhase.Ended
        : PlacementPhase.Active;

    /// <summary>The contract period running on <paramref name="today"/>, else the next one.</summary>
    public ContractPeriod? CurrentOrNextPeriod(DateOnly today) =>
        ContractPeriods.OrderBy(p => p.StartDate).FirstOrDefault(p => p.EndDate >= today);
}

public enum PlacementPhase
{
    Planned,
    Active,
    Ended,
}

/// <summary>One contract period of a placement (Stockholm dates, inclusive).</summary>
public sealed class ContractPeriod
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }
}
