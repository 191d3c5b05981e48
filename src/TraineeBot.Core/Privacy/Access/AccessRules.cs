namespace TraineeBot.Core.Privacy.Access;

/// <summary>
/// The whole access model as one table: which role, related how to the trainee, may do what. Everything not listed
/// is refused. The role matrix in docs/security.md is generated from this by the tests, through the real policy and
/// database, so the document cannot drift from the code.
/// </summary>
public static class AccessRules
{
    private static readonly Dictionary<AccessAction, (AccessRole Role, SubjectRelation[] Relations)[]> Allowed = new()
    {
        [AccessAction.AnswerConsent] = [(AccessRole.Trainee, [SubjectRelation.Self])],
        [AccessAction.ViewOwnPlan] = [(AccessRole.Trainee, [SubjectRelation.Self])],
        [AccessAction.AnswerOwnCheckIn] = [(AccessRole.Trainee, [SubjectRelation.Self])],
        [AccessAction.AskForHelp] = [(AccessRole.Trainee, [SubjectRelation.Self])],
        [AccessAction.ExportOwnData] = [(AccessRole.Trainee, [SubjectRelation.Self])],
        [AccessAction.EraseOwnData] = [(AccessRole.Trainee, [SubjectRelation.Self])],
        [AccessAction.WithdrawConsent] = [(AccessRole.Trainee, [SubjectRelation.Self])],

        [AccessAction.AnswerSupervisorCheckIn] = [(AccessRole.Supervisor, [SubjectRelation.AssignedSupervisor])],
        [AccessAction.GiveCertificateInput] = [(AccessRole.Supervisor, [SubjectRelation.AssignedSupervisor])],

        [AccessAction.ViewTraineeStatus] = [(AccessRole.Coordinator, [SubjectRelation.OwnCaseload, SubjectRelation.SeeAllGrant])],
        [AccessAction.HandleCase] = [(AccessRole.Coordinator, [SubjectRelation.OwnCaseload, SubjectRelation.BackupCoordinator])],
        [AccessAction.HandleRedFlag] = [(AccessRole.Coordinator, [SubjectRelation.OwnCaseload, SubjectRelation.BackupCoordinator])],
        [AccessAction.DecideRenewal] = [(AccessRole.Coordinator, [SubjectRelation.OwnCaseload, SubjectRelation.SeeAllGrant])],
        [AccessAction.HandOver] = [(AccessRole.Coordinator, [SubjectRelation.OwnCaseload, SubjectRelation.SeeAllGrant])],
        [AccessAction.ViewCertificateDraft] = [(AccessRole.Coordinator, [SubjectRelation.OwnCaseload, SubjectRelation.BackupCoordinator])],
        [AccessAction.SuggestPlacements] = [(AccessRole.Coordinator, [SubjectRelation.OwnCaseload, SubjectRelation.SeeAllGrant])],
        [AccessAction.ViewAuditLog] =
        [
            (AccessRole.Coordinator, [SubjectRelation.OwnCaseload, SubjectRelation.SeeAllGrant]),
            (AccessRole.Administrator, [SubjectRelation.OwnCaseload, SubjectRelation.SeeAllGrant, SubjectRelation.BackupCoordinator, SubjectRelation.None]),
        ],

        [AccessAction.ViewCaseloadLists] = [(AccessRole.Coordinator, [SubjectRelation.NoSubject])],
        [AccessAction.ViewOutcomeReport] = [(AccessRole.Coordinator, [SubjectRelation.NoSubject])],
        [AccessAction.RegisterPeople] = [(AccessRole.Coordinator, [SubjectRelation.NoSubject])],
        [AccessAction.ManageOpenings] = [(AccessRole.Coordinator, [SubjectRelation.NoSubject])],
        [AccessAction.AddCoordinator] = [(AccessRole.Administrator, [SubjectRelation.NoSubject])],
        [AccessAction.ViewRetentionReport] = [(AccessRole.Administrator, [SubjectRelation.NoSubject])],
    };

    /// <summary>Whether <paramref name="role"/>, related to the subject by <paramref name="relation"/>, may do <paramref name="action"/>.</summary>
    public static bool Allows(AccessRole role, SubjectRelation relation, AccessAction action) =>
        Allowed.TryGetValue(action, out var grants) && grants.Any(g => g.Role == role && g.Relations.Contains(relation));
}
