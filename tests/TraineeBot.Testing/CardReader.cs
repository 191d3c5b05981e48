using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Testing;

/// <summary>Reads what a person would see on a card: its text values, in order.</summary>
public static class CardReader
{
    public static JsonObject Card(this Activity activity) =>
        activity.Attachments?.SingleOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content as JsonObject
        ?? throw new InvalidOperationException($"The activity has no Adaptive Card: {activity.Text}");

    /// <summary>Every <c>text</c> and <c>title</c> on the card, joined by new lines.</summary>
    public static string VisibleText(this JsonNode card) => string.Join('\n', Texts(card));

    private static IEnumerable<string> Texts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is "text" or "title" && value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        yield return s;
                    }
                    else
                    {
                        foreach (var t in Texts(value))
                        {
                            yield return t;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var t in Texts(item))
                    {
                        yield return t;
                    }
                }

                break;
        }
    }
}
