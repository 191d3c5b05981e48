using System.Security.Claims;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.BotFramework.Hosting;

/// <summary>One inbound activity and the means to answer it.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>The authenticated caller (the channel); unauthenticated in local mode.</summary>
    ClaimsIdentity Identity { get; }

    /// <summary>Sends an activity into this turn's conversation, as a reply to the inbound one.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Replaces an activity the bot sent earlier in this conversation (e.g. a card).</summary>
    Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>For invoke activities: what the HTTP request is answered with. Null means "not handled" (501).</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>True once anything was sent in this turn.</summary>
    bool Responded { get; }
}
