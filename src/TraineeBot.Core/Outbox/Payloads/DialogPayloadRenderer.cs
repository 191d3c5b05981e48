using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Dialogs;

namespace TraineeBot.Core.Outbox.Payloads;

/// <summary>
/// <see cref="OutboxKinds.Dialog"/>: starts a dialog (a check-in, a follow-up) in the recipient's chat; what the
/// dialog asks first is what is sent. A feature that owns the dialog (<see cref="IProactiveDialog"/>) decides how it
/// starts. Otherwise it starts only when the user is in no other dialog: a proactive dialog never takes over (or
/// re-asks) one the user is in; when busy, nothing is sent.
/// </summary>
internal sealed class DialogPayloadRenderer(DialogConversation dialogs, IEnumerable<IProactiveDialog> owners) : IOutboxPayloadRenderer
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
        if (owners.FirstOrDefault(o => o.Handles(dialog)) is { } owner)
        {
            var extra = await owner.StartAsync(delivery, turn, dialog, payload, cancellationToken);
            return [.. turn.Sent, .. extra];
        }

        await dialogs.TryStartNewAsync(turn, delivery.Recipient, dialog, cancellationToken);
        return turn.Sent;
    }
}
