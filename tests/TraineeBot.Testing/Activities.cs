using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Testing;

/// <summary>A Teams user in a personal chat with the bot, as the activities Teams sends describe them.</summary>
public sealed record TeamsUser(string Id, string Name, string AadObjectId, string ConversationId, string Locale = "sv-SE")
{
    public const string BotId = "28:traineebot";
    public const string TenantId = "72f988bf-0000-0000-0000-000000000001";
    public const string ServiceUrl = "http://127.0.0.1/fake-connector/";

    public static TeamsUser New(string name = "Amira Hassan", string locale = "sv-SE")
    {
        var n = Guid.NewGuid().ToString("N");
        return new TeamsUser($"29:{n}", name, Guid.NewGuid().ToString(), $"a:{n}", locale);
    }
}

/// <summary>Builders for the activities Teams sends, shaped like the samples in Microsoft's docs.</summary>
public static class Activities
{
    public static Activity Message(TeamsUser user, string text, string? id = null)
    {
        var activity = Base(user, ActivityTypes.Message, id);
        activity.Text = text;
        activity.TextFormat = "plain";
        return activity;
    }

    public static Activity InstallationAdd(TeamsUser user) => Installation(user, "add");

    public static Activity InstallationRemove(TeamsUser user) => Installation(user, "remove");

    public static Activity MembersAdded(TeamsUser user, bool botAdded = true)
    {
        var activity = Base(user, ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount { Id = botAdded ? TeamsUser.BotId : user.Id }];
        return activity;
    }

    public static Activity CardAction(TeamsUser user, string verb, JsonObject? data = null)
    {
        var activity = Base(user, ActivityTypes.Invoke);
        activity.Name = InvokeNames.AdaptiveCardAction;
        activity.Value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? [] },
            ["trigger"] = "manual",
        };
        return activity;
    }

    private static Activity Installation(TeamsUser user, string action)
    {
        var activity = Base(user, ActivityTypes.InstallationUpdate);
        activity.Action = action;
        return activity;
    }

    private static Activity Base(TeamsUser user, string type, string? id = null) => new()
    {
        Type = type,
        Id = id ?? $"f:{Guid.NewGuid():N}",
        Timestamp = DateTimeOffset.UtcNow.ToString("O"),
        ServiceUrl = TeamsUser.ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId },
        Recipient = new ChannelAccount { Id = TeamsUser.BotId, Name = "TraineeBot" },
        Conversation = new ConversationAccount { Id = user.ConversationId, ConversationType = "personal", TenantId = TeamsUser.TenantId },
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = TeamsUser.TenantId } },
        Locale = user.Locale,
    };
}
