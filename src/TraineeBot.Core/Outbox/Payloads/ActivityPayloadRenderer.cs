using System.Text.Json;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Core.Outbox.Payloads;

/// <summary><see cref="OutboxKinds.Activity"/>: an activity a feature built itself, addressed to the recipient's conversation.</summary>
internal sealed class ActivityPayloadRenderer : IOutboxPayloadRenderer
{
    public string Kind => OutboxKinds.Activity;

    public Task<IReadOnlyList<Activity>> RenderAsync(ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        Activity? given;
        try
        {
            given = JsonSerializer.Deserialize(delivery.Message.PayloadJson, BotJsonContext.Default.Activity);
        }
        catch (JsonException ex)
        {
            throw new OutboxPayloadException($"Message {delivery.Message.Id}: the activity payload is not valid: {ex.Message}", ex);
        }

        if (given is null)
        {
            throw new OutboxPayloadException($"Message {delivery.Message.Id}: the activity payload is empty.");
        }

        var addressed = delivery.Continuation.CreateReply();
        given.Type ??= ActivityTypes.Message;
        given.ServiceUrl = addressed.ServiceUrl;
        given.ChannelId = addressed.ChannelId;
        given.From = addressed.From;
        given.Recipient = addressed.Recipient;
        given.Conversation = addressed.Conversation;
        given.ReplyToId = null;
        given.Locale ??= addressed.Locale;
        return Task.FromResult<IReadOnlyList<Activity>>([given]);
    }
}
