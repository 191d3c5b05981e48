using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Reports;

/// <summary>
/// One former trainee, as the outcome report counts them: who they are (the subgroups), their last placement, what
/// they answered at each follow-up, and the support ratings given during the period.
/// </summary>
/// <param name="Gender">As the trainee described it (free text); null or blank = not stated.</param>
/// <param name="Kind">The kind of their last placement.</param>
/// <param name="LastDay">The last day of their last placement (the period's end), a Stockholm date.</param>
/// <param name="At3Months">Their answer to the follow-up 3 months after; null = no answer.</param>
/// <param name="TraineeRatings">Their own "support" ratings (1–5) from their check-ins.</param>
/// <param name="SupervisorRatings">Their supervisors' "programme-support" ratings (1–5) from the supervisor check-ins.</param>
public sealed record OutcomeReportRow(
    Guid TraineeId,
    string? Gender,
    int? BirthYear,
    PlacementKind Kind,
    string? HomeDepartment,
    DateOnly LastDay,
    OutcomeStatus? At3Months,
    OutcomeStatus? At6Months,
    OutcomeStatus? At12Months,
    IReadOnlyList<int> TraineeRatings,
    IReadOnlyList<int> SupervisorRatings)
{
    /// <summary>The answer to the follow-up <paramref name="monthsAfter"/> (3, 6 or 12) months after; null = none.</summary>
    public OutcomeStatus? StatusAt(int monthsAfter) => monthsAfter switch
    {
        3 => At3Months,
        6 => At6Months,
        12 => At12Months,
        _ => throw new ArgumentOutOfRangeException(nameof(monthsAfter), monthsAfter, "The follow-ups are 3, 6 and 12 months after."),
    };
}
