namespace TraineeBot.Core.Privacy.Access;

/// <summary>
/// The roles the policy decides by. A person has one <see cref="Users.UserRole"/> and may in addition be an
/// administrator by configuration (<c>Coordinators:Admins</c>); each role they hold is tried.
/// </summary>
public enum AccessRole
{
    Unassigned,
    Trainee,
    Supervisor,
    Coordinator,
    Administrator,
}
