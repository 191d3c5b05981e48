using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Alerts;

/// <summary>
/// What the morning digest is made from: one coordinator's own caseload (their trainees, never a backup's or "see
/// all"), read at one instant. <see cref="CoordinatorDigest.Build"/> decides what of it is worth saying.
/// </summary>
public sealed record DigestSnapshot(
    IReadOnlyList<DigestPlacement> Placements,
    IReadOnlyList<DigestCheckIn> UnansweredCheckIns,
    IReadOnlyList<DigestCase> OpenCases,
    IReadOnlyList<DigestUnreachable> Unreachable)
{
    public static readonly DigestSnapshot Empty = new([], [], [], []);
}

/// <summary>A placement not interrupted, with the start of each contract period (the first one is the placement's start).</summary>
public sealed record DigestPlacement(Guid TraineeId, string TraineeName, PlacementKind Kind, DateOnly Start, DateOnly End, IReadOnlyList<DateOnly> PeriodStarts);

/// <summary>A trainee's or supervisor's check-in still open but <see cref="CheckInStatus.Unanswered"/> after its reminders.</summary>
public sealed record DigestCheckIn(Guid TraineeId, string TraineeName, string Kind, DateOnly Sent);

/// <summary>An open case about a trainee of the caseload.</summary>
public sealed record DigestCase(Guid TraineeId, string TraineeName, CaseKind Kind, DateOnly Opened);

/// <summary>
/// A message that could not reach someone of the caseload in the last day: the trainee, or the supervisor of the
/// trainee's placement (<paramref name="SupervisorName"/> then set).
/// </summary>
public sealed record DigestUnreachable(Guid TraineeId, string TraineeName, string? SupervisorName, DateOnly Date);
