namespace TraineeBot.Core.Programme;

/// <summary>A young person in the programme (trainee, ungdom), in one coordinator's caseload.</summary>
public sealed class Trainee
{
    public Guid Id { get; set; }

    /// <summary>The trainee as a bot user (role <see cref="Users.UserRole.Trainee"/>).</summary>
    public Guid UserId { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public int? BirthYear { get; set; }

    /// <summary>As the trainee describes it; free text, optional (outcome figures by subgroup).</summary>
    public string? Gender { get; set; }

    /// <summary>Hemförvaltning.</summary>
    public string? HomeDepartment { get; set; }

    /// <summary>Support needs the coordinator registered (sensitive: coordinator only).</summary>
    public string? SupportNeeds { get; set; }

    public Guid CoordinatorId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    /// <summary>When their personal data was erased (pseudonymised); null while it is kept. The retention job skips them.</summary>
    public DateTimeOffset? ErasedUtc { get; set; }
}
