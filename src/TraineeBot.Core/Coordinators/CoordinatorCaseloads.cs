using Microsoft.Extensions.Options;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators;

/// <summary>
/// Whose trainees the person asking may see: a coordinator their own caseload, or every trainee when granted
/// (<see cref="CoordinatorAccessOptions.SeeAll"/>); anyone else nothing (null). The one place status answers, card
/// actions and report downloads ask.
/// </summary>
public sealed class CoordinatorCaseloads(IProgramme programme, ICaseloadQueries queries, IOptions<CoordinatorAccessOptions> options)
{
    public Task<(Coordinator Coordinator, Caseload Caseload)?> OfAsync(Contact asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        return OfUserAsync(asker.UserId, cancellationToken);
    }

    public async Task<(Coordinator Coordinator, Caseload Caseload)?> OfUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await programme.CoordinatorOfUserAsync(userId, cancellationToken) is not { } coordinator)
        {
            return null;
        }

        var all = options.Value.SeesAll(await queries.EntraIdAsync(userId, cancellationToken));
        return (coordinator, new Caseload([coordinator.Id], all));
    }
}
