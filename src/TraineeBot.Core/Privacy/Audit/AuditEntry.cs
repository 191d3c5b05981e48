namespace TraineeBot.Core.Privacy.Audit;

/// <summary>
/// One line of the audit log: who did what about whom, when, and through which command. Rows are only ever added
/// (the retention job removes rows older than the audit period, nothing else changes or deletes them). The entry holds
/// ids and command names, never the trainee's answers or the words typed, so the log itself is not a copy of the
/// sensitive data it records access to.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset AtUtc { get; set; }

    /// <summary>The bot user who acted; null when the bot itself acted (a scheduled job such as retention).</summary>
    public Guid? ActorUserId { get; set; }

    /// <summary>The actor's role at the time (<see cref="Users.UserRole"/> name, or <c>System</c>).</summary>
    public required string ActorRole { get; set; }

    /// <summary>What was done, one of <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>The trainee it was about, when it was about one.</summary>
    public Guid? TraineeId { get; set; }

    /// <summary>Why: the command or card verb that led to it (e.g. <c>status.trainee</c>, <c>renewal.renew</c>).</summary>
    public required string Command { get; set; }

    /// <summary>True when the action was carried out; false for a denial.</summary>
    public bool Allowed { get; set; } = true;

    /// <summary>A short, non-personal detail (a period number, a count, a decision); never free text from a user.</summary>
    public string? Detail { get; set; }
}
