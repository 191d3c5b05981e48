using TraineeBot.Core.Conversations;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Privacy.DataRights;

/// <summary>
/// Who is asking: the registered trainee whose own data it is, found from the sender only (never from card data), when
/// the access policy allows them the action about themself.
/// </summary>
[AccessGuard]
internal sealed class DataRightsConversation(IAccessPolicy policy, IProgramme programme)
{
    /// <summary>The trainee who wrote, or null (coordinators, supervisors, unknown users, an erased trainee writing again).</summary>
    public async Task<TraineeJourney?> TraineeAsync(Contact contact, AccessAction action, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return contact.Role == Users.UserRole.Trainee
            && await programme.JourneyOfUserAsync(contact.UserId, cancellationToken) is { } journey
            && (await policy.DecideAsync(contact.UserId, action, journey.Trainee.Id, command, cancellationToken)).Allowed
            ? journey
            : null;
    }
}
