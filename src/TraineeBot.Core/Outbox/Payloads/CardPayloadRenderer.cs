using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;

namespace TraineeBot.Core.Outbox.Payloads;

/// <summary><see cref="OutboxKinds.Card"/>: a card template from <c>cards/</c> with the payload's data and the recipient's language.</summary>
internal sealed class CardPayloadRenderer(ICardRenderer cards) : IOutboxPayloadRenderer
{
    public string Kind => OutboxKinds.Card;

    public Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = PayloadJson.Object(delivery.Message);
        var template = PayloadJson.RequiredString(payload, "template", delivery.Message);
        var data = payload["data"] is JsonObject given ? (JsonObject)given.DeepClone() : [];
        data["language"] = delivery.Recipient.Language;
        JsonObject card;
        try
        {
            card = cards.Render(template, data);
        }
        catch (CardTemplateException ex)
        {
            throw new OutboxPayloadException($"Message {delivery.Message.Id}: the card template '{template}' cannot be rendered: {ex.Message}", ex);
        }

        var reply = delivery.Continuation.CreateReply();
        reply.ReplyToId = null;
        reply.Attachments = [Attachment.AdaptiveCard(card, template)];
        return Task.FromResult<IReadOnlyList<Activity>>([reply]);
    }
}
