namespace TraineeBot.Core.Users;

/// <summary>A person who talks to the bot: a trainee, a workplace supervisor or a coordinator.</summary>
public sealed class User
{
    public Guid Id { get; set; }

    /// <summary>Entra ID object id (<c>from.aadObjectId</c>); stable across bots. Not always a GUID (Agents Playground).</summary>
    public string? AadObjectId { get; set; }

    /// <summary>The channel's id for the user, <c>29:…</c> in Teams; specific to this bot. Null until they first write.</summary>
    public string? ChannelUserId { get; set; }

    public string? Name { get; set; }

    /// <summary>The language the bot writes in: <c>sv</c> (default) or <c>en</c>.</summary>
    public required string Language { get; set; }

    public LanguageSource LanguageSource { get; set; }

    public UserRole Role { get; set; } = UserRole.Unassigned;

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset LastSeenUtc { get; set; }

    public List<Conversations.ConversationReference> Conversations { get; set; } = [];
}
