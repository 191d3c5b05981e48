namespace TraineeBot.Core.Dialogs;

/// <summary>Dialog runs, one active per user and conversation.</summary>
public interface IDialogRunStore
{
    /// <summary>The user's active run in this conversation, read fresh (not tracked).</summary>
    Task<DialogRun?> FindActiveAsync(Guid userId, Guid conversationReferenceId, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts a new run or saves a changed one. A run whose <see cref="DialogRun.Revision"/> is no longer the stored one
    /// (another turn saved it first) is refused with <see cref="DialogRunConflictException"/>; nothing is written.
    /// Starting a second active run for the same user and conversation is refused the same way.
    /// </summary>
    Task SaveAsync(DialogRun run, CancellationToken cancellationToken);
}

/// <summary>Another turn changed the run first; the caller tells the user to try again and nothing of theirs is lost.</summary>
public sealed class DialogRunConflictException : Exception
{
    public DialogRunConflictException()
    {
    }

    public DialogRunConflictException(string message)
        : base(message)
    {
    }

    public DialogRunConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
