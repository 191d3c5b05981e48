namespace TraineeBot.Core.Programme;

/// <summary>Where placements are: a municipal unit (internal) or a company (external).</summary>
public sealed class Workplace
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The municipal department or the company's organisation.</summary>
    public string? Organisation { get; set; }

    /// <summary>Street address, where the trainee goes on the first day unless the placement says otherwise.</summary>
    public string? Address { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
