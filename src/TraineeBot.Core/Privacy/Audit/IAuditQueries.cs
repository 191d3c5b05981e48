namespace TraineeBot.Core.Privacy.Audit;

/// <summary>What the audit-log card needs besides the entries: who the actors were.</summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface IAuditQueries
{
    /// <summary>Display names of the users (a coordinator's name first, else the user's); unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<Guid, string>> ActorNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);
}
