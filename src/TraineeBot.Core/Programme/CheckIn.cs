namespace TraineeBot.Core.Programme;

/// <summary>What a check-in occurrence is for; the dialog or card it sends has the same id.</summary>
public static class CheckInKinds
{
    /// <summary>The trainee's check-in every other week (<c>dialogs/trainee-checkin.yaml</c>).</summary>
    public const string Trainee = "trainee-checkin";

    /// <summary>The supervisor's check-in card before each renewal and in the middle of each contract period.</summary>
    public const string Supervisor = "supervisor-checkin";

    /// <summary>The supervisor's input for the certificate, before the placement ends.</summary>
    public const string Certificate = "supervisor-certificate";

    /// <summary>Whether the kind is answered by the supervisor (on a card), not by the trainee.</summary>
    public static bool IsSupervisors(string kind) => kind is Supervisor or Certificate;

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

    /// <summary>The outbox message that sent its card, for cards: its first sent activity id is the card's, to update it in place.</summary>
    public Guid? OutboxMessageId { get; set; }

    /// <summary>How many times an answer was saved: 1 after the first, more after changes and addenda.</summary>
    public int AnswerRevision { get; set; }

    /// <summary>
    /// When the coordinator first looked at the answers (acted on the flag card, opened the trainee): from then on a
    /// new answer is an addendum and does not replace the first.
    /// </summary>
    public DateTimeOffset? SeenByCoordinatorUtc { get; set; }

    /// <summary>Answers given after the coordinator had seen the first, as a JSON array of <c>{"at","answers","flagged"}</c>.</summary>
    public string? AddendaJson { get; set; }

    /// <summary>The respondent asked to be reminded on this (Stockholm) date.</summary>
    public DateOnly? RemindOn { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    /// <summary>Closes it (a newer one came): no answer is taken from now, or from its earlier closing time.</summary>
    public void Close(DateTimeOffset now)
    {
        Status = CheckInStatus.Closed;
        ClosesUtc = ClosesUtc is { } closes && closes < now ? closes : now;
    }
}
