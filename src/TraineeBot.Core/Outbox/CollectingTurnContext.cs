using System.Security.Claims;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Core.Outbox;

/// <summary>
/// A turn with no inbound activity, for rendering what the bot says first: what features "send" is collected
/// instead of sent, and the outbox delivers it. Updating or deleting earlier activities is not possible here.
/// </summary>
internal sealed class CollectingTurnContext(Activity continuation) : ITurnContext
{
    private readonly List<Activity> sent = [];

    public Activity Activity { get; } = continuation;

    public ClaimsIdentity Identity { get; } = new();

    public InvokeResponse? InvokeResponse { get; set; }

    public bool Responded => sent.Count > 0;

    public IReadOnlyList<Activity> Sent => sent;

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ReplyToId = null;
        sent.Add(activity);
        return Task.FromResult(new ResourceResponse());
    }

    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("A proactive message cannot update an earlier activity while it is rendered.");

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("A proactive message cannot delete an earlier activity while it is rendered.");
}
