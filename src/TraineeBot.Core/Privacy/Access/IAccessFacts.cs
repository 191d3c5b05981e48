namespace TraineeBot.Core.Privacy.Access;

/// <summary>The few facts the access policy reads from the database, each in one query.</summary>
public interface IAccessFacts
{
    /// <summary>The user's role, Entra object id and, when they are a coordinator, their coordinator row's id and name.</summary>
    Task<UserFacts?> UserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Who the trainee is to others: their own user, their coordinator and that coordinator's backup, and the user of the
    /// supervisor of their current placement (the one running today, else the latest that has not ended). Null when there
    /// is no such trainee.
    /// </summary>
    Task<TraineeFacts?> TraineeAsync(Guid traineeId, DateOnly today, CancellationToken cancellationToken);
}

public sealed record UserFacts(Users.UserRole Role, string? AadObjectId, Guid? CoordinatorId, string? CoordinatorName);

public sealed record TraineeFacts(Guid TraineeUserId, Guid CoordinatorId, Guid? BackupCoordinatorId, Guid? SupervisorUserId);
