using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;

namespace TraineeBot.Core.Outbox;

/// <summary>
/// Turns a queued message of one <see cref="Kind"/> into the activities to send; registered as a keyed scoped service
/// under its kind. Called at the first delivery attempt;
/// the result is stored, so retries send exactly the same activities and a renderer's side effects happen once. An
/// activity with an <c>Id</c> updates that earlier message in place instead of sending a new one.
/// </summary>
public interface IOutboxPayloadRenderer
{
    string Kind { get; }

    Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, CancellationToken cancellationToken);
}

/// <summary>A message about to be delivered: the row, the recipient as a turn would see them, and a continuation activity.</summary>
/// <param name="Continuation">
/// Stands for "the user's last activity" in their conversation: <c>Continuation.CreateReply()</c> is addressed to
/// the recipient, exactly as a reply in a turn would be.
/// </param>
public sealed record ProactiveDelivery(OutboxMessage Message, Contact Recipient, Activity Continuation);

/// <summary>A payload that cannot be rendered (unknown template, malformed JSON): the message fails with this reason, no retry.</summary>
public sealed class OutboxPayloadException : Exception
{
    public OutboxPayloadException()
    {
    }

    public OutboxPayloadException(string message)
        : base(message)
    {
    }

    public OutboxPayloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
