namespace TraineeBot.Core.Privacy.Audit;

/// <summary>The append-only audit log.</summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface IAuditLog
{
    /// <summary>
    /// Adds an entry to this scope's unit of work, so it is stored with the change it records (by the scope's next
    /// save). Reads that change nothing use <see cref="RecordAsync"/>.
    /// </summary>
    AuditEntry Stage(AuditEvent auditEvent);

    /// <summary>Adds an entry and saves it now.</summary>
    Task<AuditEntry> RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>The newest entries about a trainee, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> OfTraineeAsync(Guid traineeId, int max, CancellationToken cancellationToken);
}

/// <param name="ActorUserId">The person acting; null for the bot itself.</param>
/// <param name="ActorRole">The role they acted in (<see cref="Users.UserRole"/> name, or <c>System</c>).</param>
/// <param name="Action">One of <see cref="AuditActions"/>.</param>
/// <param name="TraineeId">The trainee it is about, if any.</param>
/// <param name="Command">The command or card verb that caused it.</param>
/// <param name="Allowed">False for a denial.</param>
/// <param name="Detail">A short non-personal detail; never user-typed text.</param>
public sealed record AuditEvent(
    Guid? ActorUserId,
    string ActorRole,
    string Action,
    Guid? TraineeId,
    string Command,
    bool Allowed = true,
    string? Detail = null)
{
    public const string SystemRole = "System";
}
