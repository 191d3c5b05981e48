namespace TraineeBot.Core.Programme;

public enum CaseKind
{
    /// <summary>"Jag behöver hjälp": the trainee asked for a person.</summary>
    HelpRequest = 0,

    /// <summary>A question the FAQ could not answer, passed on to the coordinator.</summary>
    Question = 1,

    /// <summary>A check-in answer that signals trouble.</summary>
    RedFlag = 2,

    /// <summary>The trainee cannot come on the first day.</summary>
    Absence = 3,
}

public enum CaseStatus
{
    Open = 0,
    Resolved = 1,
}

/// <summary>
/// Something about a trainee the coordinator must act on, with its whole history (<see cref="CaseMessage"/>): a help
/// request, an unanswered question, a red flag.
/// </summary>
public sealed class Case
{
    public Guid Id { get; set; }

    public CaseKind Kind { get; set; }

    public CaseStatus Status { get; set; }

    public Guid TraineeId { get; set; }

    /// <summary>The coordinator responsible (the trainee's, or the backup once escalated).</summary>
    public Guid CoordinatorId { get; set; }

    /// <summary>The check-in that raised it, for red flags.</summary>
    public Guid? CheckInId { get; set; }

    /// <summary>Unique per event that opened it (e.g. <c>red-flag:{checkInId}</c>), so an event opens one case however often it is handled.</summary>
    public string? IdempotencyKey { get; set; }

    public DateTimeOffset OpenedUtc { get; set; }

    /// <summary>A coordinator first answered or acted.</summary>
    public DateTimeOffset? FirstResponseUtc { get; set; }

    /// <summary>Nobody answered in time: the trainee was told and the backup alerted.</summary>
    public DateTimeOffset? EscalatedUtc { get; set; }

    public DateTimeOffset? ResolvedUtc { get; set; }

    public Guid? ResolvedByUserId { get; set; }

    public List<CaseMessage> Messages { get; set; } = [];
}

public enum CaseAuthor
{
    Trainee = 0,
    Coordinator = 1,
    Bot = 2,

    /// <summary>The trainee's workplace supervisor (a red flag from their check-in card).</summary>
    Supervisor = 3,
}

/// <summary>One message in a case: what the trainee wrote, a coordinator's reply, or a note from the bot.</summary>
public sealed class CaseMessage
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public CaseAuthor Author { get; set; }

    public Guid? AuthorUserId { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
