using TraineeBot.Core.Conversations;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Privacy.DataRights;

/// <summary>Who is asking: the registered trainee whose own data it is, found from the sender only (never from card data).</summary>
internal sealed class DataRightsConversation(IProgramme programme)
{
    /// <summary>The trainee who wrote, or null (coordinators, supervisors, unknown users, an erased trainee writing again).</summary>
    public Task<TraineeJourney?> TraineeAsync(Contact contact, CancellationToken cancellationToken) =>
        contact.Role == Users.UserRole.Trainee
            ? programme.JourneyOfUserAsync(contact.UserId, cancellationToken)
            : Task.FromResult<TraineeJourney?>(null);
}
