using System.Security.Claims;
using TraineeBot.BotFramework.Connector;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.BotFramework.Hosting;

internal sealed class TurnContext(Activity activity, ClaimsIdentity identity, IConnectorClient connector) : ITurnContext
{
    private int responded;

    public Activity Activity { get; } = activity;

    public ClaimsIdentity Identity { get; } = identity;

    public InvokeResponse? InvokeResponse { get; set; }

    public bool Responded => Volatile.Read(ref responded) != 0;

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ApplyConversation(activity);
        var (serviceUrl, conversationId) = Target();
        var result = string.IsNullOrEmpty(activity.ReplyToId)
            ? await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)
            : await connector.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken);
        Interlocked.Exchange(ref responded, 1);
        return result;
    }

    public async Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ApplyConversation(activity);
        activity.Id = activityId;
        activity.ReplyToId = null;
        var (serviceUrl, conversationId) = Target();
        return await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var (serviceUrl, conversationId) = Target();
        return connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
    }

    /// <summary>Addresses an outgoing activity to this turn's conversation, as botbuilder's ApplyConversationReference does.</summary>
    private void ApplyConversation(Activity outgoing)
    {
        var template = Activity.CreateReply();
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.ChannelId = template.ChannelId;
        outgoing.ServiceUrl = template.ServiceUrl;
        outgoing.Conversation = template.Conversation;
        outgoing.From ??= template.From;
        outgoing.Recipient ??= template.Recipient;
        outgoing.Locale ??= template.Locale;
        outgoing.ReplyToId ??= template.ReplyToId;
    }

    private (Uri ServiceUrl, string ConversationId) Target()
    {
        if (!Uri.TryCreate(Activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || string.IsNullOrEmpty(Activity.Conversation?.Id))
        {
            throw new InvalidOperationException("The inbound activity has no serviceUrl or conversation id, so nothing can be sent back.");
        }

        return (serviceUrl, Activity.Conversation.Id);
    }
}
