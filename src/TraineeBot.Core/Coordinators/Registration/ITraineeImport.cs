namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>
/// A coordinator's bulk registration from a CSV text (<c>docs/coordinators/import.md</c>): trainees, and for rows with a
/// workplace their workplace, supervisor and placement. All or nothing: when any row is rejected nothing is written.
/// </summary>
public interface ITraineeImport
{
    /// <param name="csvText">The file's text (a pasted table or an uploaded file read as UTF-8).</param>
    /// <param name="coordinatorId">The coordinator whose caseload the trainees join.</param>
    /// <param name="dryRun">Only check: the report says what would be registered; nothing is written.</param>
    /// <param name="language">The language of the reasons (sv or en).</param>
    /// <exception cref="Programme.ProgrammeRuleException">The coordinator does not exist.</exception>
    Task<ImportReport> ImportAsync(string csvText, Guid coordinatorId, bool dryRun, string language, CancellationToken cancellationToken);

    /// <summary>The same for rows already read (the registration card is a file of one row).</summary>
    /// <exception cref="Programme.ProgrammeRuleException">The coordinator does not exist.</exception>
    Task<ImportReport> ImportAsync(ImportFile file, Guid coordinatorId, bool dryRun, string language, CancellationToken cancellationToken);
}
