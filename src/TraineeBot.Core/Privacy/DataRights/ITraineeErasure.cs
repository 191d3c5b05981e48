namespace TraineeBot.Core.Privacy.DataRights;

/// <summary>
/// Erases a trainee's personal data: removed, or irreversibly pseudonymised where a row must survive for anonymous
/// aggregate counts (the outcome report). Used by the trainee's own request and by the retention job.
/// </summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface ITraineeErasure
{
    /// <param name="traineeId">The trainee to erase.</param>
    /// <param name="reason">Why (recorded in the audit log).</param>
    /// <param name="requestedByUserId">The person who asked (the trainee); null when the retention job does it.</param>
    Task<ErasureResult> EraseAsync(Guid traineeId, ErasureReason reason, Guid? requestedByUserId, CancellationToken cancellationToken);
}

public enum ErasureReason
{
    /// <summary>The trainee asked ("radera mina uppgifter") and confirmed.</summary>
    TraineeRequest = 0,

    /// <summary>The retention period after the last follow-up ran out.</summary>
    Retention = 1,
}

/// <param name="Erased">False when there was no such trainee or they were already erased.</param>
/// <param name="RowsChanged">Rows removed or pseudonymised, across all tables.</param>
public sealed record ErasureResult(bool Erased, int RowsChanged);
