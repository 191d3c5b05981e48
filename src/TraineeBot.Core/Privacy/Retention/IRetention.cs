namespace TraineeBot.Core.Privacy.Retention;

/// <summary>
/// The retention rules applied: which trainees' personal data is due for erasure and which audit entries are too old.
/// <see cref="PlanAsync"/> changes nothing (the dry run); <see cref="RunAsync"/> erases and deletes.
/// </summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface IRetention
{
    /// <summary>What a run now would do; nothing is changed.</summary>
    Task<RetentionReport> PlanAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Erases every due trainee (through <see cref="DataRights.ITraineeErasure"/>) and deletes the audit entries older
    /// than the audit period; with <paramref name="dryRun"/> only reports, as <see cref="PlanAsync"/>.
    /// </summary>
    Task<RetentionReport> RunAsync(bool dryRun, CancellationToken cancellationToken);
}

/// <summary>A trainee whose personal data is due for erasure.</summary>
/// <param name="TraineeId">The trainee (an id, never the name: the report is pseudonymous).</param>
/// <param name="CoordinatorId">Their coordinator.</param>
/// <param name="CoordinatorName">The coordinator's name (a member of staff, not the trainee).</param>
/// <param name="LastFollowUp">The Stockholm day of the trainee's last follow-up.</param>
/// <param name="DueOn">The day the data became due for erasure (<paramref name="LastFollowUp"/> + the retention period).</param>
public sealed record RetentionCandidate(Guid TraineeId, Guid CoordinatorId, string CoordinatorName, DateOnly LastFollowUp, DateOnly DueOn);

/// <param name="At">When the report was made.</param>
/// <param name="DryRun">True when nothing was changed.</param>
/// <param name="Due">The trainees due for erasure (oldest due first).</param>
/// <param name="Erased">The trainees erased by this run (empty for a dry run).</param>
/// <param name="AuditCutoff">Audit entries before this instant are (or would be) deleted.</param>
/// <param name="AuditEntries">How many audit entries are (or would be) deleted.</param>
public sealed record RetentionReport(
    DateTimeOffset At,
    bool DryRun,
    IReadOnlyList<RetentionCandidate> Due,
    IReadOnlyList<Guid> Erased,
    DateTimeOffset AuditCutoff,
    int AuditEntries);
