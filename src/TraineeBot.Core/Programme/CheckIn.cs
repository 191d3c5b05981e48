namespace TraineeBot.Core.Programme;

/// <summary>What a check-in occurrence is for; the dialog or card it sends has the same id.</summary>
public static class CheckInKinds
{
    /// <summary>The trainee's check-in every other week (<c>dialogs/trainee-checkin.yaml</c>).</summary>
    public const string Trainee = "trainee-checkin";

    /// <summary>The supervisor's check-in card before each renewal.</summary>
    public const string Supervisor = "supervisor-checkin";

    /// <summary>The follow-up 3, 6 and 12 months after the period (<c>dialogs/after-programme.yaml</c>).</summary>
    public const string AfterProgramme = "after-programme";
}

public enum CheckInStatus
{
    /// <summary>Created, not sent yet.</summary>
    Planned = 0,

    /// <summary>Sent; waiting for an answer.</summary>
    Open = 1,

    Answered = 2,

    /// <summary>No answer after the reminders; the coordinator was told.</summary>
    Unanswered = 3,

    /// <summary>Too late to answer (the next one came, or the placement ended).</summary>
    Closed = 4,
}

/// <summary>
/// One occurrence of a check-in for one trainee (by the trainee, the supervisor, or after the period): when it was
/// due, sent, reminded and answered, the answers, and whether they raised a flag.
/// </summary>
public sealed class CheckIn
{
    public Guid Id { get; set; }

    /// <summary>A <see cref="CheckInKinds"/> value.</summary>
    public required string Kind { get; set; }

    public Guid TraineeId { get; set; }

    public Guid? PlacementId { get; set; }

    /// <summary>Who answers it (the trainee's or the supervisor's user).</summary>
    public Guid RespondentUserId { get; set; }

    /// <summary>Unique per (kind, trainee): the schedule occurrence, e.g. <c>2026-12-07T08:00:00Z</c>, or <c>3m</c>.</summary>
    public required string OccurrenceKey { get; set; }

    public DateTimeOffset DueUtc { get; set; }

    public CheckInStatus Status { get; set; }

    public DateTimeOffset? SentUtc { get; set; }

    public int Reminders { get; set; }

    public DateTimeOffset? LastRemindedUtc { get; set; }

    public DateTimeOffset? AnsweredUtc { get; set; }

    /// <summary>When an answer is no longer taken (then "this check-in is closed").</summary>
    public DateTimeOffset? ClosesUtc { get; set; }

    /// <summary>The dialog run that asks it, when it is a dialog.</summary>
    public Guid? DialogRunId { get; set; }

    /// <summary>The answers by step id, as JSON; sensitive (coordinator only).</summary>
    public string? AnswersJson { get; set; }

    /// <summary>The answers raised a red flag; the reasons, one per line.</summary>
    public bool Flagged { get; set; }

    public string? FlagReasons { get; set; }

    /// <summary>The connector's id of the card sent for it, to update the card in place.</summary>
    public string? CardActivityId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
