using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Status;

/// <summary>
/// What a coordinator can ask about their caseload, answered from the database. Every query takes the caseload (whose
/// trainees may be shown); nothing outside it is ever read into an answer.
/// </summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface ICaseloadQueries
{
    /// <summary>A user's Entra object id (for grants in configuration); null when unknown.</summary>
    Task<string?> EntraIdAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>A user's language ("sv" when unknown).</summary>
    Task<string> UserLanguageAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The trainees in the caseload, for name matching and lists.</summary>
    Task<IReadOnlyList<CaseloadTrainee>> TraineesAsync(Caseload caseload, CancellationToken cancellationToken);

    /// <summary>Everything the overview and the lists show, for <paramref name="today"/> (Stockholm).</summary>
    Task<CaseloadOverview> OverviewAsync(Caseload caseload, DateOnly today, CancellationToken cancellationToken);

    /// <summary>Placements whose last day is between <paramref name="first"/> and <paramref name="last"/> (inclusive).</summary>
    Task<IReadOnlyList<StatusLine>> EndingAsync(Caseload caseload, DateOnly first, DateOnly last, CancellationToken cancellationToken);

    /// <summary>One trainee's status; null when the trainee is not in the caseload (or does not exist — the same answer).</summary>
    Task<TraineeStatus?> TraineeAsync(Caseload caseload, Guid traineeId, DateOnly today, CancellationToken cancellationToken);
}

/// <summary>Whose trainees a coordinator sees: their own (<see cref="CoordinatorIds"/>), or all when <see cref="All"/>.</summary>
public sealed record Caseload(IReadOnlyList<Guid> CoordinatorIds, bool All = false)
{
    public bool Includes(Trainee trainee)
    {
        ArgumentNullException.ThrowIfNull(trainee);
        return All || CoordinatorIds.Contains(trainee.CoordinatorId);
    }
}

public sealed record CaseloadTrainee(Guid Id, string Name);

/// <summary>One trainee in a list, with the date the list is about (due, answered, ends, limit…).</summary>
public sealed record StatusLine(Guid TraineeId, string TraineeName, DateOnly? Date = null);

public sealed record CaseloadOverview(
    int Trainees,
    IReadOnlyList<StatusLine> DueThisWeek,
    IReadOnlyList<StatusLine> Overdue,
    IReadOnlyList<StatusLine> Unanswered,
    IReadOnlyList<StatusLine> RedFlags,
    IReadOnlyList<StatusLine> HelpOpen,
    IReadOnlyList<StatusLine> RenewalsSoon,
    IReadOnlyList<StatusLine> EndingSoon,
    IReadOnlyList<StatusLine> LimitsNear);

/// <summary>A trainee check-in's scores on one date (1–5), for the trend.</summary>
public sealed record ScorePoint(DateOnly Date, int? Mood, int? Support);

/// <summary>The supervisor's latest answered card about the trainee.</summary>
public sealed record SupervisorAnswer(Guid CheckInId, DateOnly AnsweredOn, string AnswersJson, bool Flagged);

public sealed record TraineeStatus(
    TraineeJourney Journey,
    IReadOnlyList<ScorePoint> Trend,
    SupervisorAnswer? LastSupervisorAnswer,
    IReadOnlyList<Case> OpenCases,
    DateOnly? NextCheckIn,
    DateOnly? NextRenewal);
