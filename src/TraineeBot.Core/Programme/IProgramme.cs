namespace TraineeBot.Core.Programme;

/// <summary>
/// Registering the programme's people and placements, and reading a trainee's journey. Every feature and every test
/// builds its data through this (no raw SQL), so the rules (durations, one active placement, roles) always hold.
/// </summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface IProgramme
{
    Task<Coordinator> RegisterCoordinatorAsync(NewPerson person, Guid? backupCoordinatorId, CancellationToken cancellationToken);

    /// <summary>Who stands in for <paramref name="coordinatorId"/> (null: nobody).</summary>
    /// <exception cref="ProgrammeRuleException">A coordinator does not exist, or it would be their own backup.</exception>
    Task SetBackupCoordinatorAsync(Guid coordinatorId, Guid? backupCoordinatorId, CancellationToken cancellationToken);

    /// <exception cref="ProgrammeRuleException">The coordinator does not exist.</exception>
    Task<Trainee> RegisterTraineeAsync(NewTrainee trainee, CancellationToken cancellationToken);

    Task<Workplace> RegisterWorkplaceAsync(NewWorkplace workplace, CancellationToken cancellationToken);

    /// <exception cref="ProgrammeRuleException">The workplace does not exist.</exception>
    Task<Supervisor> RegisterSupervisorAsync(NewPerson person, Guid workplaceId, CancellationToken cancellationToken);

    /// <summary>
    /// Creates a placement after checking it (<see cref="PlacementRules"/>), and starts the trainee's schedules
    /// (check-ins from the start, the follow-ups after the end).
    /// </summary>
    /// <exception cref="ProgrammeRuleException">A rule is broken; the message says which, in the given language.</exception>
    Task<Placement> CreatePlacementAsync(NewPlacement placement, CancellationToken cancellationToken);

    /// <summary>The trainee that <paramref name="userId"/> is, with coordinator and current (or next, or last) placement; null if none.</summary>
    Task<TraineeJourney?> JourneyOfUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The same, by trainee id.</summary>
    Task<TraineeJourney?> JourneyAsync(Guid traineeId, CancellationToken cancellationToken);

    /// <summary>The coordinator that <paramref name="userId"/> is; null if none.</summary>
    Task<Coordinator?> CoordinatorOfUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Every coordinator, by name.</summary>
    Task<IReadOnlyList<Coordinator>> CoordinatorsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Moves the trainee to another coordinator. Their history (check-ins, cases, consent, outcomes) stays with the
    /// trainee and so goes with them; their open cases and the delivery notices of their schedules (and of their
    /// supervisor's cards about them) move to the new coordinator.
    /// </summary>
    /// <exception cref="ProgrammeRuleException">The trainee or the coordinator does not exist.</exception>
    Task HandOverAsync(Guid traineeId, Guid toCoordinatorId, CancellationToken cancellationToken);
}

/// <param name="AadObjectId">The Entra object id: how the bot knows them when they first write from Teams.</param>
public sealed record NewPerson(string Name, string? Email, string? AadObjectId, string? Phone = null, string Language = "sv");

public sealed record NewTrainee(
    NewPerson Person,
    Guid CoordinatorId,
    int? BirthYear = null,
    string? Gender = null,
    string? HomeDepartment = null,
    string? SupportNeeds = null);

public sealed record NewWorkplace(string Name, string? Organisation = null, string? Address = null);

/// <param name="ContractPeriods">Start and end of each period; default: periods of 3 months from the start.</param>
public sealed record NewPlacement(
    Guid TraineeId,
    Guid WorkplaceId,
    Guid SupervisorId,
    PlacementKind Kind,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<(DateOnly Start, DateOnly End)>? ContractPeriods = null,
    string? Role = null,
    TimeOnly? StartTime = null,
    string? MeetingAddress = null,
    string? AskFor = null,
    string? Bring = null,
    bool ContractSigned = false);

/// <summary>A trainee and the people and placement around them, as features read them.</summary>
public sealed record TraineeJourney(
    Trainee Trainee,
    Users.User User,
    Coordinator Coordinator,
    Placement? Placement,
    Workplace? Workplace,
    Supervisor? Supervisor);
