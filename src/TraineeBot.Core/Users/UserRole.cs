namespace TraineeBot.Core.Users;

/// <summary>What a user is to the programme. Set by a coordinator when people are registered.</summary>
public enum UserRole
{
    /// <summary>Talked to the bot but not registered in any role yet.</summary>
    Unassigned = 0,
    Trainee = 1,
    Supervisor = 2,
    Coordinator = 3,
    Admin = 4,
}
