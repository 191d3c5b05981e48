using Microsoft.Extensions.Options;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators;

/// <summary>
/// Whose trainees the person asking may see: a coordinator their own caseload, or every trainee when granted
/// (<see cref="CoordinatorOptions.SeeAll"/>); anyone else nothing (null).
/// </summary>
public sealed class CoordinatorCaseloads(IProgramme programme, IOptions<CoordinatorOptions> options)
{
    public async Task<(Coordinator Coordinator, Caseload Caseload)?> OfAsync(Contact asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        if (await programme.CoordinatorOfUserAsync(asker.UserId, cancellationToken) is not { } coordinator)
        {
            return null;
        }

        var all = coordinator.Email is { } email && options.Value.SeeAll.Contains(email, StringComparer.OrdinalIgnoreCase);
        return (coordinator, new Caseload([coordinator.Id], all));
    }
}
