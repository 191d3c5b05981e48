namespace TraineeBot.Core.Programme;

/// <summary>A workplace supervisor (handledare): answers check-in cards for the trainees assigned to them.</summary>
public sealed class Supervisor
{
    public Guid Id { get; set; }

    /// <summary>The supervisor as a bot user (role <see cref="Users.UserRole.Supervisor"/>).</summary>
    public Guid UserId { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public Guid WorkplaceId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
