using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework;
using TraineeBot.BotFramework.Connector;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.Core.Conversations;

namespace TraineeBot.Core.Users;

/// <summary>
/// A coordinator may register people by e-mail only (a CSV, the registration card) when no directory gives their Entra
/// id. When someone the bot does not know as anyone (a new user, or one who wrote before being registered) writes, it asks Teams for their e-mail and user principal
/// name (the connector's conversation member) and, when exactly one registered person has that e-mail, they are that
/// person from then on: trainee, supervisor or coordinator, with what was queued for them. When no registered person is
/// waiting to be recognised, Teams is not asked at all (one cheap query instead of a connector round trip per turn).
/// </summary>
public sealed partial class RegisteredPersonRecognition(
    [FromKeyedServices(BotFrameworkServiceCollectionExtensions.ProactiveConnectorKey)] IConnectorClient connector,
    IConversationStore conversations,
    ILogger<RegisteredPersonRecognition> logger)
{
    /// <summary><paramref name="contact"/>, or the registered person it turns out to be.</summary>
    public async Task<Contact> RecogniseAsync(ITurnContext turn, Contact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(contact);
        var activity = turn.Activity;
        if (contact.Role != UserRole.Unassigned
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || activity.Conversation?.Id is not { } conversationId
            || activity.From?.Id is not { } memberId
            || !await conversations.AnyUnclaimedRegisteredAsync(contact.UserId, cancellationToken))
        {
            return contact;
        }

        List<string> addresses;
        try
        {
            var member = await connector.GetMemberAsync(serviceUrl, conversationId, memberId, cancellationToken);
            addresses = [.. new[] { member.Email, member.UserPrincipalName }.OfType<string>().Where(a => a.Contains('@', StringComparison.Ordinal))];
        }
        catch (Exception ex) when (ex is ConnectorException or UntrustedServiceUrlException or HttpRequestException or System.Text.Json.JsonException)
        {
            // Not knowing them is no error: they are treated as someone new, as before.
            Log.MemberLookupFailed(logger, contact.UserId, ex.Message);
            return contact;
        }

        if (addresses.Count == 0 || await conversations.ClaimRegisteredAsync(contact, addresses, cancellationToken) is not { } registered)
        {
            return contact;
        }

        Log.Recognised(logger, registered.UserId, registered.Role);
        return registered;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Could not read a new user's e-mail from the connector (user {UserId}): {Reason}")]
        public static partial void MemberLookupFailed(ILogger logger, Guid userId, string reason);

        [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "A new Teams user is registered person {UserId} ({Role}), recognised by e-mail")]
        public static partial void Recognised(ILogger logger, Guid userId, UserRole role);
    }
}
