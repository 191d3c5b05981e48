using TraineeBot.BotFramework.Hosting;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Core.Conversations;

/// <summary>The one way features answer in text: a markdown reply to the turn's activity.</summary>
public static class TurnReplies
{
    public static Task<ResourceResponse> ReplyTextAsync(this ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reply = turn.Activity.CreateReply(text);
        reply.TextFormat = "markdown";
        return turn.SendActivityAsync(reply, cancellationToken);
    }
}
