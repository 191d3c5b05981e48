namespace TraineeBot.Core.Privacy.Retention;

/// <summary>How long personal data and the audit log are kept (section <c>Retention</c>; docs/privacy/audit-and-retention.md).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>A trainee's personal data is erased this many months after their last follow-up (see <see cref="RetentionCandidate.LastFollowUp"/>).</summary>
    public int PersonalDataMonths { get; set; } = 24;

    /// <summary>Audit entries older than this many years are deleted.</summary>
    public int AuditYears { get; set; } = 5;

    /// <summary>Whether the daily job runs (at <see cref="RetentionClock.RunAt"/> Stockholm time).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The job only reports what it would do; nothing is erased or deleted.</summary>
    public bool DryRun { get; set; }
}
