namespace TraineeBot.Core.Conversations;

/// <summary>Users and where to reach them, as the conversation features need them.</summary>
public interface IConversationStore
{
    /// <summary>
    /// Creates or updates the user and the conversation reference an activity came from and returns what the turn
    /// needs to know about them. Until the user chooses a language, it follows the client's locale when one is sent.
    /// </summary>
    Task<Contact> RecordAsync(IncomingContact contact, CancellationToken cancellationToken);

    Task MarkWelcomedAsync(Guid conversationReferenceId, CancellationToken cancellationToken);

    Task ClearWelcomedAsync(Guid conversationReferenceId, CancellationToken cancellationToken);

    /// <summary>The user's own choice of language: from now on the client's locale no longer changes it.</summary>
    Task SetLanguageAsync(Guid userId, string language, CancellationToken cancellationToken);

    /// <summary>
    /// <paramref name="newContact"/> is someone the bot knows as no one (new, or unassigned); when exactly one person a
    /// coordinator registered without an Entra id (and who has never written) has one of <paramref name="addresses"/>
    /// as their e-mail, the Teams ids, conversations and dialog history become theirs and the unassigned user is removed.
    /// </summary>
    /// <returns>The registered person's contact, or null when nobody (or more than one) matches.</returns>
    Task<Contact?> ClaimRegisteredAsync(Contact newContact, IReadOnlyCollection<string> addresses, CancellationToken cancellationToken);

    /// <summary>
    /// Whether anyone could be claimed at all: a registered person with an e-mail who has never written (other than
    /// <paramref name="exceptUserId"/>). When nobody is, asking Teams for a new user's e-mail is a wasted round trip.
    /// </summary>
    Task<bool> AnyUnclaimedRegisteredAsync(Guid exceptUserId, CancellationToken cancellationToken) => Task.FromResult(true);
}

/// <summary>Who wrote and from where, as read from an activity.</summary>
public sealed record IncomingContact(
    string ChannelUserId,
    string? AadObjectId,
    string? Name,
    string? ClientLocale,
    string ChannelId,
    string ConversationId,
    string? ConversationType,
    string ServiceUrl,
    string? TenantId,
    string? BotId,
    string? BotName);

/// <summary>The stored state of a user in one conversation.</summary>
public sealed record Contact(
    Guid UserId,
    Guid ConversationReferenceId,
    string? Name,
    string Language,
    bool LanguageKnown,
    Users.UserRole Role,
    bool IsNewUser,
    DateTimeOffset? WelcomedUtc);
