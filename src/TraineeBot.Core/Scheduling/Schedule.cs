namespace TraineeBot.Core.Scheduling;

/// <summary>
/// One schedule definition (<c>schedules/*.yaml</c>) applied to one recipient: "Amira's check-ins every 14 days from
/// her start date". Holds its anchor dates and the next occurrence, so the scheduler finds what is due with one
/// indexed query.
/// </summary>
public sealed class Schedule
{
    public Guid Id { get; set; }

    public required string DefinitionId { get; set; }

    public Guid RecipientUserId { get; set; }

    /// <summary>Whom the messages are about (the trainee of a supervisor check-in); null when it is the recipient.</summary>
    public Guid? SubjectUserId { get; set; }

    /// <summary>Whom to tell about failed, expired or unreachable deliveries; null = the coordinators.</summary>
    public Guid? NotifyUserId { get; set; }

    /// <summary>The named dates the rule refers to (<c>start</c>, <c>end</c>, <c>renewals</c>) as JSON.</summary>
    public required string AnchorsJson { get; set; }

    public ScheduleStatus Status { get; set; }

    /// <summary>The nominal date of the last occurrence queued; the next one comes after it.</summary>
    public DateOnly? LastNominalDate { get; set; }

    public string? NextOccurrenceKey { get; set; }

    public DateOnly? NextNominalDate { get; set; }

    /// <summary>When the next occurrence goes out (UTC, already moved into working hours); null when ended.</summary>
    public DateTimeOffset? NextDueUtc { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    /// <summary>Optimistic concurrency: two scheduler instances never both advance the same schedule.</summary>
    public long Revision { get; set; }
}

public enum ScheduleStatus
{
    Active = 0,

    /// <summary>No more occurrences (the rule ran out, or a feature ended it).</summary>
    Ended = 1,

    /// <summary>Stopped for now (the recipient withdrew consent): nothing is queued until it is resumed.</summary>
    Paused = 2,
}
