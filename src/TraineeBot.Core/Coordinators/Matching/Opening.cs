using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Matching;

/// <summary>Open (waiting for a trainee), filled, or withdrawn by the coordinator.</summary>
public enum OpeningStatus
{
    Open = 0,
    Filled = 1,
    Withdrawn = 2,
}

/// <summary>
/// An open placement (ledig traineeplats) a coordinator registered: at a workplace, in one work area (the interest
/// inventory's area codes), with hours and where it is, to be matched against trainees' interest inventories. The
/// coordinator decides; a match never creates a placement.
/// </summary>
public sealed class Opening
{
    public Guid Id { get; set; }

    public Guid WorkplaceId { get; set; }

    public PlacementKind Kind { get; set; }

    /// <summary>The inventory's area code: <c>preschool</c>, <c>school</c>, <c>elderly-care</c>, <c>kitchen</c>…</summary>
    public required string WorkArea { get; set; }

    public int HoursPerWeek { get; set; }

    /// <summary>Fewer hours than <see cref="HoursPerWeek"/> are fine too.</summary>
    public bool PartTimeOk { get; set; }

    /// <summary>Where it is, as the coordinator writes it ("Tumba", an address).</summary>
    public required string Location { get; set; }

    /// <summary>About how long trainees of the programme travel there, in minutes; null when not known.</summary>
    public int? TravelMinutes { get; set; }

    /// <summary>Languages wanted (the inventory's codes, comma-separated: <c>arabic,somali</c>); empty = none asked for.</summary>
    public string Languages { get; set; } = string.Empty;

    public DateOnly FromDate { get; set; }

    public OpeningStatus Status { get; set; }

    public Guid CreatedByCoordinatorId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public IReadOnlyList<string> LanguageCodes() =>
        Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
