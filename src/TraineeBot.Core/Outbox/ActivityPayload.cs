using System.Text.Json;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Core.Outbox;

/// <summary>Payloads of the <see cref="OutboxKinds.Activity"/> kind that are just a message.</summary>
public static class ActivityPayload
{
    /// <summary>A message with markdown text (words of the bot's own, with a name or two filled in).</summary>
    public static string Markdown(string text) =>
        JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" }, BotJsonContext.Default.Activity);
}
