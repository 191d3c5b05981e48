using TraineeBot.BotFramework.Schema;

namespace TraineeBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (<c>{serviceUrl}/v3/conversations/…</c>) as Teams offers it.
/// Calls go only to a serviceUrl the <see cref="IServiceUrlPolicy"/> trusts.
/// </summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default);

    Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);

    Task<TeamsChannelAccount> GetMemberAsync(Uri serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default);
}
