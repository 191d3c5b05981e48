namespace TraineeBot.Core.Programme;

/// <summary>What a former trainee does after the period: the figure the programme is judged by.</summary>
public enum OutcomeStatus
{
    Work = 0,
    Studies = 1,
    WorkAndStudies = 2,
    Looking = 3,
    Other = 4,
}

/// <summary>A former trainee's answer to a follow-up 3, 6 or 12 months after the period.</summary>
public sealed class Outcome
{
    public Guid Id { get; set; }

    public Guid TraineeId { get; set; }

    /// <summary>The follow-up it answers.</summary>
    public Guid? CheckInId { get; set; }

    /// <summary>3, 6 or 12.</summary>
    public int MonthsAfter { get; set; }

    public OutcomeStatus Status { get; set; }

    /// <summary>How sure they are it lasts, 1–5, when they said.</summary>
    public int? Certainty { get; set; }

    public bool MayAskAgain { get; set; }

    public DateTimeOffset AnsweredUtc { get; set; }
}
