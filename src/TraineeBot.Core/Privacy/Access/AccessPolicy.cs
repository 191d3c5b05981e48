using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Coordinators;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Users;

namespace TraineeBot.Core.Privacy.Access;

/// <inheritdoc cref="IAccessPolicy"/>
public sealed partial class AccessPolicy(
    IAccessFacts facts, IAuditLog audit, IOptions<CoordinatorAccessOptions> options, TimeProvider time, ILogger<AccessPolicy> logger) : IAccessPolicy
{
    private readonly Dictionary<Guid, Asker> askers = [];

    // Per scope (one turn): a trainee's message is offered to several features, each asking about the same trainee.
    private readonly Dictionary<Guid, TraineeFacts?> trainees = [];

    public async Task<Asker> AskerAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (askers.TryGetValue(userId, out var known))
        {
            return known;
        }

        var user = await facts.UserAsync(userId, cancellationToken);
        var roles = new List<AccessRole>(2);
        var role = user?.Role switch
        {
            UserRole.Trainee => AccessRole.Trainee,
            UserRole.Supervisor => AccessRole.Supervisor,
            UserRole.Coordinator when user.CoordinatorId is not null => AccessRole.Coordinator,
            UserRole.Admin => AccessRole.Administrator,
            _ => AccessRole.Unassigned,
        };
        roles.Add(role);
        if (role != AccessRole.Administrator && options.Value.IsAdmin(user?.AadObjectId))
        {
            roles.Add(AccessRole.Administrator);
        }

        var caseload = role == AccessRole.Coordinator && user?.CoordinatorId is { } coordinatorId
            ? new Caseload([coordinatorId], options.Value.SeesAll(user.AadObjectId))
            : null;
        var asker = new Asker(userId, roles, caseload is null ? null : user!.CoordinatorId, caseload is null ? null : user!.CoordinatorName, caseload);
        askers[userId] = asker;
        return asker;
    }

    public async Task<AccessDecision> DecideAsync(Guid userId, AccessAction action, Guid? traineeId, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var asker = await AskerAsync(userId, cancellationToken);
        var relation = await RelationAsync(asker, action, traineeId, cancellationToken);
        var allowed = relation is not null && asker.Roles.Any(role => AccessRules.Allows(role, relation.Value, action));
        var decision = new AccessDecision(allowed, action, relation ?? SubjectRelation.None, asker, traineeId);
        if (!allowed)
        {
            Log.Denied(logger, userId, asker.RoleText, action, decision.Relation, traineeId, command);
            await audit.RecordAsync(new AuditEvent(userId, asker.RoleText, AuditActions.Denied, traineeId, command, Allowed: false, Detail: action.ToString()), cancellationToken);
        }
        else if (traineeId is not null && AccessActions.AuditedRead(action) is { } read)
        {
            await audit.RecordAsync(new AuditEvent(userId, asker.RoleText, read, traineeId, command, Detail: action.ToString()), cancellationToken);
        }

        return decision;
    }

    /// <summary>The asker's relation to the trainee; null when the action needs a trainee and there is none such (or it needs none and got one).</summary>
    private async Task<SubjectRelation?> RelationAsync(Asker asker, AccessAction action, Guid? traineeId, CancellationToken cancellationToken)
    {
        if (!AccessActions.IsAboutTrainee(action))
        {
            return traineeId is null ? SubjectRelation.NoSubject : null;
        }

        if (traineeId is not { } id || await TraineeAsync(id, cancellationToken) is not { } trainee)
        {
            return null;
        }

        if (trainee.TraineeUserId == asker.UserId)
        {
            return SubjectRelation.Self;
        }

        if (trainee.SupervisorUserId == asker.UserId)
        {
            return SubjectRelation.AssignedSupervisor;
        }

        if (asker.CoordinatorId is { } coordinatorId)
        {
            if (trainee.CoordinatorId == coordinatorId)
            {
                return SubjectRelation.OwnCaseload;
            }

            if (trainee.BackupCoordinatorId == coordinatorId)
            {
                return SubjectRelation.BackupCoordinator;
            }

            if (asker.Caseload?.All == true)
            {
                return SubjectRelation.SeeAllGrant;
            }
        }

        return SubjectRelation.None;
    }

    private async Task<TraineeFacts?> TraineeAsync(Guid traineeId, CancellationToken cancellationToken)
    {
        if (!trainees.TryGetValue(traineeId, out var known))
        {
            known = await facts.TraineeAsync(traineeId, StockholmTime.Today(time), cancellationToken);
            trainees[traineeId] = known;
        }

        return known;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 9001, Level = LogLevel.Warning,
            Message = "Access denied: user {UserId} ({Roles}) may not {Action} (relation {Relation}, trainee {TraineeId}, command {Command})")]
        public static partial void Denied(ILogger logger, Guid userId, string roles, AccessAction action, SubjectRelation relation, Guid? traineeId, string command);
    }
}
