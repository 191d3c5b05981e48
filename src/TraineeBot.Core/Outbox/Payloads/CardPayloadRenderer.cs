using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Cards;

namespace TraineeBot.Core.Outbox.Payloads;

/// <summary>
/// <see cref="OutboxKinds.Card"/>: a card template from <c>cards/</c> with the payload's data and the recipient's
/// language; a template a feature owns (<see cref="IProactiveCard"/>) is rendered by that feature.
/// </summary>
internal sealed class CardPayloadRenderer(ICardRenderer cards, IEnumerable<IProactiveCard> owners) : IOutboxPayloadRenderer
{
    public string Kind => OutboxKinds.Card;

    public async Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = PayloadJson.Object(delivery.Message);
        var template = PayloadJson.RequiredString(payload, "template", delivery.Message);
        var data = payload["data"] is JsonObject given ? (JsonObject)given.DeepClone() : [];
        if (owners.FirstOrDefault(o => o.Handles(template)) is { } owner)
        {
            return await owner.RenderAsync(delivery, template, data, cancellationToken);
        }

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
        return [reply];
    }
}
