using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Trainees.Intake;

namespace TraineeBot.Core.Coordinators.Matching;

/// <summary>
/// Openings (open placements) and the trainees they can be matched with. Every read takes the asker's caseload: an
/// opening belongs to the caseload of the coordinator who registered it, a trainee to their coordinator's.
/// </summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface IOpenings
{
    Task<Opening> RegisterAsync(NewOpening opening, CancellationToken cancellationToken);

    /// <summary>The open openings in the caseload, oldest start date first.</summary>
    Task<IReadOnlyList<OpeningView>> ListOpenAsync(Caseload caseload, CancellationToken cancellationToken);

    /// <summary>One opening; null when it is not in the caseload (or does not exist — the same answer).</summary>
    Task<OpeningView?> GetAsync(Caseload caseload, Guid openingId, CancellationToken cancellationToken);

    /// <summary>Withdraws an open opening in the caseload; false when there is none such.</summary>
    Task<bool> WithdrawAsync(Caseload caseload, Guid openingId, CancellationToken cancellationToken);

    /// <summary>
    /// A placement was created at a workplace: its open opening of the same kind (the earliest) is filled. Tracked only;
    /// saved with the placement (called inside its transaction).
    /// </summary>
    Task<Opening?> FillAsync(Placement placement, CancellationToken cancellationToken);

    /// <summary>Every workplace, to find the one a coordinator names.</summary>
    Task<IReadOnlyList<Workplace>> WorkplacesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The caseload's trainees who can be matched on <paramref name="today"/>: no active or planned placement and a
    /// completed interest inventory (the latest).
    /// </summary>
    Task<IReadOnlyList<MatchCandidate>> CandidatesAsync(Caseload caseload, DateOnly today, CancellationToken cancellationToken);

    /// <summary>One trainee of the caseload as matching sees them; null when not in the caseload.</summary>
    Task<TraineeForMatching?> TraineeAsync(Caseload caseload, Guid traineeId, DateOnly today, CancellationToken cancellationToken);
}

public sealed record NewOpening(
    Guid WorkplaceId,
    PlacementKind Kind,
    string WorkArea,
    int HoursPerWeek,
    bool PartTimeOk,
    string Location,
    int? TravelMinutes,
    IReadOnlyList<string> Languages,
    DateOnly FromDate,
    Guid CreatedByCoordinatorId);

/// <summary>An opening with its workplace's name.</summary>
public sealed record OpeningView(Opening Opening, string WorkplaceName);

/// <summary>A trainee who can be suggested, with their interest inventory's answers.</summary>
public sealed record MatchCandidate(Guid TraineeId, string Name, InterestAnswers Answers);

/// <param name="Placed">Has an active or planned placement.</param>
/// <param name="Answers">The latest inventory; null when none is completed.</param>
public sealed record TraineeForMatching(Guid TraineeId, string Name, bool Placed, InterestAnswers? Answers);
