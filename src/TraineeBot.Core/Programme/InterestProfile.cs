namespace TraineeBot.Core.Programme;

/// <summary>
/// The result of a trainee's interest inventory (intresseinventering): the answers they confirmed and the work areas
/// suggested from them, for the coordinator's matching.
/// </summary>
public sealed class InterestProfile
{
    public Guid Id { get; set; }

    public Guid TraineeId { get; set; }

    public Guid? DialogRunId { get; set; }

    /// <summary>The answers by step id, as JSON; sensitive (coordinator only).</summary>
    public required string AnswersJson { get; set; }

    /// <summary>Ranked suggestions with their scores and one-line reasons, as JSON.</summary>
    public required string SuggestionsJson { get; set; }

    public DateTimeOffset ConfirmedUtc { get; set; }
}
