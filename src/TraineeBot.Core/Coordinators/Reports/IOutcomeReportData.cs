namespace TraineeBot.Core.Coordinators.Reports;

/// <summary>The rows of the outcome report: former trainees (their last placement has ended) in some caseloads.</summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface IOutcomeReportData
{
    /// <summary>
    /// One row per trainee of the given coordinators whose last placement ended before <paramref name="today"/>;
    /// <paramref name="coordinatorIds"/> null = every coordinator's trainees.
    /// </summary>
    Task<IReadOnlyList<OutcomeReportRow>> RowsAsync(IReadOnlyCollection<Guid>? coordinatorIds, DateOnly today, CancellationToken cancellationToken);
}
