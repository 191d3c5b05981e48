using TraineeBot.Core.Coordinators.Status;

namespace TraineeBot.Core.Privacy.Access;

/// <summary>
/// The one place that decides whether a person may do something: from their role(s), their relation to the trainee
/// it is about (read from the database now, never from a card's data) and the action, by <see cref="AccessRules"/>.
/// Every command, card action and download that touches a trainee's personal data asks it first. Allowed reads of
/// answers and case history and every denial are written to the audit log; denials are also logged.
/// </summary>
public interface IAccessPolicy
{
    /// <summary>Who the user is to the policy: roles, coordinator, caseload. Read once per scope.</summary>
    Task<Asker> AskerAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Decides <paramref name="action"/> for <paramref name="userId"/> about <paramref name="traineeId"/> (null for
    /// actions about no one). <paramref name="command"/> is the verb or command that asked, for the audit log.
    /// </summary>
    Task<AccessDecision> DecideAsync(Guid userId, AccessAction action, Guid? traineeId, string command, CancellationToken cancellationToken);
}

/// <summary>The person asking, as the policy sees them.</summary>
/// <param name="UserId">The bot user.</param>
/// <param name="Roles">Every role they hold (a coordinator may also be an administrator).</param>
/// <param name="CoordinatorId">Their coordinator row, when they are one.</param>
/// <param name="CoordinatorName">Their name as a coordinator.</param>
/// <param name="Caseload">The trainees their lists and reports cover (own caseload, or everyone by grant); null for non-coordinators.</param>
public sealed record Asker(Guid UserId, IReadOnlyList<AccessRole> Roles, Guid? CoordinatorId, string? CoordinatorName, Caseload? Caseload)
{
    public bool Holds(AccessRole role) => Roles.Contains(role);

    /// <summary>The role names for the audit log (<c>Coordinator+Administrator</c>; an administrator who is nothing else: <c>Administrator</c>).</summary>
    public string RoleText => string.Join('+', Roles.Count > 1 ? Roles.Where(r => r != AccessRole.Unassigned) : Roles);
}

/// <summary>A decision, with what it was based on.</summary>
public sealed record AccessDecision(bool Allowed, AccessAction Action, SubjectRelation Relation, Asker Asker, Guid? TraineeId);
