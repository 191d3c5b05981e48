using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.Core.Outbox.Payloads;

/// <summary>Reading a payload's JSON with precise complaints (a bad payload fails its message, not the sender).</summary>
internal static class PayloadJson
{
    public static JsonObject Object(OutboxMessage message)
    {
        try
        {
            return JsonNode.Parse(message.PayloadJson) as JsonObject
                ?? throw new OutboxPayloadException($"The {message.Kind} payload of message {message.Id} is not a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new OutboxPayloadException($"The {message.Kind} payload of message {message.Id} is not valid JSON: {ex.Message}", ex);
        }
    }

    public static string RequiredString(JsonObject payload, string name, OutboxMessage message) =>
        payload[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw new OutboxPayloadException($"The {message.Kind} payload of message {message.Id} has no '{name}'.");
}
