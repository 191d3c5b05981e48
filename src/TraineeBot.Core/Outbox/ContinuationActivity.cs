using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Users;

namespace TraineeBot.Core.Outbox;

/// <summary>
/// The stand-in for an inbound activity when the bot speaks first (Bot Framework's "continue conversation"): from the
/// user, to the bot, in the stored conversation, so replies built from it reach the user.
/// </summary>
public static class ContinuationActivity
{
    public const string EventName = "ContinueConversation";

    public static Activity From(ConversationReference reference, User user)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(user);
        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = EventName,
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = new ConversationAccount
            {
                Id = reference.ConversationId,
                ConversationType = reference.ConversationType,
                TenantId = reference.TenantId,
            },
            From = new ChannelAccount { Id = user.ChannelUserId ?? user.AadObjectId, Name = user.Name, AadObjectId = user.AadObjectId },
            Recipient = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
            Locale = user.Language == Language.English ? "en-US" : "sv-SE",
        };
    }
}
