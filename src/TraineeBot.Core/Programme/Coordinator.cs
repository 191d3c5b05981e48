namespace TraineeBot.Core.Programme;

/// <summary>A trainee coordinator (traineehandledare): owns the journeys of the trainees in their caseload.</summary>
public sealed class Coordinator
{
    public Guid Id { get; set; }

    /// <summary>The coordinator as a bot user (role <see cref="Users.UserRole.Coordinator"/>).</summary>
    public Guid UserId { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>Who stands in when this coordinator does not answer a help request in time.</summary>
    public Guid? BackupCoordinatorId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
