using System.Text.Json.Nodes;

namespace TraineeBot.Testing;

/// <summary>Reading the messages Agents Playground relays from the bot (see <see cref="AgentsPlayground"/>).</summary>
public static class PlaygroundMessages
{
    /// <summary>The message's id, to act on its card.</summary>
    public static string MessageId(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message["messageId"]?.GetValue<string>() ?? message["id"]!.GetValue<string>();
    }

    /// <summary>True when the message's card or text shows <paramref name="text"/>.</summary>
    public static bool Shows(JsonObject message, string text)
    {
        ArgumentNullException.ThrowIfNull(message);
        return (message["attachments"] is JsonArray { Count: > 0 } attachments && attachments[0]?["content"] is { } card
                && card.VisibleText().Contains(text, StringComparison.Ordinal))
            || Says(message, text);
    }

    /// <summary>True when the message's text contains <paramref name="text"/>.</summary>
    public static bool Says(JsonObject message, string text)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message["text"]?.GetValue<string>() is { } said && said.Contains(text, StringComparison.Ordinal);
    }

    /// <summary>The visible text of the message's first card.</summary>
    public static string CardText(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message["attachments"]![0]!["content"]!.VisibleText();
    }
}
