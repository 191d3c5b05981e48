namespace TraineeBot.Core.Dialogs;

/// <summary>
/// One user's run through one dialog definition in one conversation: where they are and what they answered, stored
/// after every turn so they can leave and come back days later. Answers are kept against the definition version they
/// were given in.
/// </summary>
public sealed class DialogRun
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid ConversationReferenceId { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public DialogRunStatus Status { get; set; }

    /// <summary>The engine's run state (current step, answers, attempts) as JSON.</summary>
    public required string StateJson { get; set; }

    public DateTimeOffset StartedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public DateTimeOffset? CompletedUtc { get; set; }

    /// <summary>Optimistic concurrency: bumped by every save; a save based on an older revision is refused.</summary>
    public long Revision { get; set; }
}

public enum DialogRunStatus
{
    Active = 0,
    Completed = 1,
    Cancelled = 2,
}
