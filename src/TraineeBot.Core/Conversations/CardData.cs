using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.Core.Conversations;

/// <summary>
/// Reads a card's data (or any client-sent JSON) without trusting its shape: a field of the wrong JSON type, an array
/// or object where a value was expected, or a missing field is simply "not there" (null), never an exception. The
/// caller then answers with its own polite message. Ids read here are still only claims: check them against the
/// database and the asker.
/// </summary>
public static class CardData
{
    /// <summary>The field as an object, or null when it is missing or not an object (<c>data</c> itself may be any node).</summary>
    public static JsonObject? Child(JsonNode? data, string name) => (data as JsonObject)?[name] as JsonObject;

    /// <summary>The field when it is a JSON string, else null.</summary>
    public static string? Text(JsonNode? data, string name) =>
        (data as JsonObject)?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.TryGetValue<string>(out var text)
            ? text
            : null;

    /// <summary>The field when it is a JSON string holding a GUID (any of .NET's formats), else null.</summary>
    public static Guid? Id(JsonNode? data, string name) =>
        (data as JsonObject)?[name] is JsonValue value
            ? value.TryGetValue<string>(out var text) ? System.Guid.TryParse(text, out var id) ? id : null
            : value.TryGetValue<System.Guid>(out var typed) ? typed : null
            : null;

    /// <summary>The field when it is a whole JSON number, or a string of one (Input.Number may send either), in range of <see cref="int"/>; else null.</summary>
    public static int? Number(JsonNode? data, string name) =>
        (data as JsonObject)?[name] is JsonValue value
            ? value.GetValueKind() switch
            {
                JsonValueKind.Number when value.TryGetValue<int>(out var number) => number,
                JsonValueKind.String when value.TryGetValue<string>(out var text)
                    && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ => null,
            }
            : null;

    /// <summary>The field when it is a JSON boolean or the string "true"/"false" (Input.Toggle sends strings); else null.</summary>
    public static bool? Flag(JsonNode? data, string name) =>
        (data as JsonObject)?[name] is JsonValue value
            ? value.GetValueKind() switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String when value.TryGetValue<string>(out var text) && bool.TryParse(text, out var flag) => flag,
                _ => null,
            }
            : null;
}
