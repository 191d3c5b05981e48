using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Outbox.Payloads;

/// <summary><see cref="OutboxKinds.Text"/>: a bot text in the recipient's language.</summary>
internal sealed class TextPayloadRenderer : IOutboxPayloadRenderer
{
    public string Kind => OutboxKinds.Text;

    public Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = PayloadJson.Object(delivery.Message);
        var key = PayloadJson.RequiredString(payload, "key", delivery.Message);
        var args = payload["args"] is JsonArray array ? array.Select(a => (object?)a?.ToString()).ToArray() : [];
        string text;
        try
        {
            text = BotTexts.Get(delivery.Recipient.Language, key, args);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or FormatException)
        {
            throw new OutboxPayloadException($"Message {delivery.Message.Id}: {ex.Message}", ex);
        }

        var reply = delivery.Continuation.CreateReply(text);
        reply.ReplyToId = null;
        reply.TextFormat = "markdown";
        return Task.FromResult<IReadOnlyList<Activity>>([reply]);
    }
}
