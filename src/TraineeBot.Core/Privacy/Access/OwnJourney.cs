using TraineeBot.Core.Conversations;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Privacy.Access;

/// <summary>
/// The asker's own trainee journey, found from the sender only (never from card data), when the access policy allows
/// them the action about themself: the one way trainee-facing features (help, data rights, consent) learn who wrote.
/// </summary>
[AccessGuard]
public sealed class OwnJourney(IAccessPolicy policy, IProgramme programme)
{
    /// <returns>The journey; null for anyone who is not a registered trainee, or when the policy refuses.</returns>
    public async Task<TraineeJourney?> OfAsync(Contact contact, AccessAction action, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return contact.Role == Users.UserRole.Trainee
            && await programme.JourneyOfUserAsync(contact.UserId, cancellationToken) is { } journey
            && (await policy.DecideAsync(contact.UserId, action, journey.Trainee.Id, command, cancellationToken)).Allowed
            ? journey
            : null;
    }
}
