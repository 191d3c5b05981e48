namespace TraineeBot.Core.Privacy.Access;

/// <summary>How the person asking relates to the trainee an action is about, as the database says now.</summary>
public enum SubjectRelation
{
    /// <summary>The action is about no one in particular.</summary>
    NoSubject,

    /// <summary>The asker is the trainee.</summary>
    Self,

    /// <summary>The asker supervises the trainee's current placement.</summary>
    AssignedSupervisor,

    /// <summary>The trainee is in the asker's own caseload.</summary>
    OwnCaseload,

    /// <summary>The asker is the backup of the trainee's coordinator.</summary>
    BackupCoordinator,

    /// <summary>The asker is a coordinator granted to see every caseload (<c>Coordinators:SeeAll</c>), and the trainee is not theirs.</summary>
    SeeAllGrant,

    /// <summary>No relation: someone else's trainee, or no such trainee (the same answer for both).</summary>
    None,
}
