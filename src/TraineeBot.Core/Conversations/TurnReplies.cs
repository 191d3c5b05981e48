using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Core.Conversations;

/// <summary>How features answer in a turn: a markdown text or a card, as a reply to the turn's activity.</summary>
public static class TurnReplies
{
    public static Task<ResourceResponse> ReplyTextAsync(this ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reply = turn.Activity.CreateReply(text);
        reply.TextFormat = "markdown";
        return turn.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>A rendered card from <paramref name="template"/> (named in the attachment, for tests and logs).</summary>
    public static Task<ResourceResponse> ReplyCardAsync(this ITurnContext turn, JsonObject card, string template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reply = turn.Activity.CreateReply();
        reply.Attachments = [Attachment.AdaptiveCard(card, template)];
        return turn.SendActivityAsync(reply, cancellationToken);
    }
}
