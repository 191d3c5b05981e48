using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>Turns what the user sent into the text a step's parser reads.</summary>
internal static class InputValues
{
    /// <summary>The typed text, or the card's value under <paramref name="key"/> ("" when absent).</summary>
    public static string TextFor(DialogInput input, string key) => input switch
    {
        DialogInput.Text text => text.Value ?? string.Empty,
        DialogInput.CardData card => Raw(card.Values, key) ?? string.Empty,
        _ => string.Empty,
    };

    /// <summary>A card value as text: strings as sent, numbers and booleans as JSON, lists joined by commas.</summary>
    public static string? Raw(JsonObject? values, string key)
    {
        if (values is null || !values.TryGetPropertyValue(key, out var node) || node is null)
        {
            return null;
        }

        return Text(node);
    }

    private static string? Text(JsonNode node) => node switch
    {
        JsonArray array => string.Join(",", array.Where(item => item is not null).Select(item => Text(item!))),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        _ => null,
    };
}
