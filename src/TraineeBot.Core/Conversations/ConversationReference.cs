namespace TraineeBot.Core.Conversations;

/// <summary>
/// Where a user can be reached later: the conversation, the connector serviceUrl and tenant, stored from the
/// user's activities so the bot can message them proactively (check-ins, reminders, alerts).
/// </summary>
public sealed class ConversationReference
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Users.User? User { get; set; }

    public required string ChannelId { get; set; }

    public required string ConversationId { get; set; }

    /// <summary>personal, groupChat or channel.</summary>
    public string? ConversationType { get; set; }

    /// <summary>The connector to send to; Teams may change it, so it is updated on every activity.</summary>
    public required string ServiceUrl { get; set; }

    public string? TenantId { get; set; }

    /// <summary>The bot's id in this conversation (<c>28:…</c>).</summary>
    public string? BotId { get; set; }

    public string? BotName { get; set; }

    /// <summary>When the welcome card was sent; cleared when the app is uninstalled, so a reinstall welcomes again.</summary>
    public DateTimeOffset? WelcomedUtc { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}
