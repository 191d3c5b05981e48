namespace TraineeBot.Core.Privacy.Audit;

/// <summary>The kinds of audited event (<see cref="AuditEntry.Action"/>).</summary>
public static class AuditActions
{
    /// <summary>A person read a trainee's answers, status or check-in results.</summary>
    public const string ReadAnswers = "read.answers";

    /// <summary>A person read a trainee's case history (help requests, red flags, messages).</summary>
    public const string ReadCases = "read.cases";

    /// <summary>A person read the audit log about a trainee.</summary>
    public const string ReadAudit = "read.audit";

    /// <summary>A trainee was registered, or their coordinator, supervisor or placement changed.</summary>
    public const string ChangeAssignment = "change.assignment";

    /// <summary>A decision about a trainee: renewal, end, interruption, a case handled.</summary>
    public const string Decision = "decision";

    /// <summary>Everything stored about a trainee was exported.</summary>
    public const string Export = "export";

    /// <summary>A trainee's personal data was erased (pseudonymised).</summary>
    public const string Erasure = "erasure";

    /// <summary>Consent was withdrawn.</summary>
    public const string ConsentWithdrawn = "consent.withdrawn";

    /// <summary>An action was refused by the access policy.</summary>
    public const string Denied = "denied";
}
