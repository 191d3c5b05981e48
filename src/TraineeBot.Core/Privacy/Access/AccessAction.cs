namespace TraineeBot.Core.Privacy.Access;

/// <summary>
/// Everything a person can ask the bot to do or show, as the access policy sees it. Each action is either about one
/// trainee (<see cref="AccessActions.IsAboutTrainee"/>: the policy works out how the asker relates to that trainee) or
/// about no one in particular (lists and reports filtered to the asker's caseload in SQL, registration, configuration).
/// </summary>
public enum AccessAction
{
    // A trainee about themself.
    AnswerConsent,
    ViewOwnPlan,
    AnswerOwnCheckIn,
    AskForHelp,
    ExportOwnData,
    EraseOwnData,
    WithdrawConsent,

    // A supervisor about the trainee placed with them.
    AnswerSupervisorCheckIn,
    GiveCertificateInput,

    // A coordinator about one trainee.
    ViewTraineeStatus,
    HandleCase,
    HandleRedFlag,
    DecideRenewal,
    HandOver,
    ViewCertificateDraft,
    SuggestPlacements,
    ViewAuditLog,

    // About no one in particular.
    ViewCaseloadLists,
    ViewOutcomeReport,
    RegisterPeople,
    ManageOpenings,
    AddCoordinator,
    ViewRetentionReport,
}

/// <summary>Facts about <see cref="AccessAction"/>s.</summary>
public static class AccessActions
{
    /// <summary>True when the action is about one trainee, so the asker's relation to them decides.</summary>
    public static bool IsAboutTrainee(AccessAction action) => action < AccessAction.ViewCaseloadLists;

    /// <summary>
    /// The audit log's action for an allowed one that reads a trainee's answers or case history (a renewal's card shows
    /// the latest check-in answers; a case card, the case's messages; placement suggestions, the interest inventory), or null when being allowed it is not itself worth a line (changes are audited
    /// where they are made, with what changed).
    /// </summary>
    public static string? AuditedRead(AccessAction action) => action switch
    {
        AccessAction.ViewTraineeStatus or AccessAction.ViewCertificateDraft or AccessAction.DecideRenewal or AccessAction.SuggestPlacements
            => Audit.AuditActions.ReadAnswers,
        AccessAction.HandleCase or AccessAction.HandleRedFlag => Audit.AuditActions.ReadCases,
        AccessAction.ViewAuditLog => Audit.AuditActions.ReadAudit,
        _ => null,
    };
}
