using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Dialogs;

namespace TraineeBot.Core.Outbox.Payloads;

/// <summary>
/// <see cref="OutboxKinds.Dialog"/>: starts a dialog (a check-in, a follow-up) in the recipient's chat; what the
/// dialog asks first is what is sent. Starting is idempotent: a run already going is picked up, not doubled.
/// </summary>
internal sealed class DialogPayloadRenderer(DialogConversation dialogs) : IOutboxPayloadRenderer
{
    public string Kind => OutboxKinds.Dialog;

    public async Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = PayloadJson.Object(delivery.Message);
        var dialog = PayloadJson.RequiredString(payload, "dialog", delivery.Message);
        if (dialogs.FindDefinition(dialog) is null)
        {
            throw new OutboxPayloadException($"Message {delivery.Message.Id}: there is no dialog '{dialog}'.");
        }

        var turn = new CollectingTurnContext(delivery.Continuation);
        await dialogs.StartAsync(turn, delivery.Recipient, dialog, cancellationToken);
        return turn.Sent;
    }
}
