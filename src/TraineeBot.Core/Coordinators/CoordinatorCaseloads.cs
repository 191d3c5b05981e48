using TraineeBot.Core.Conversations;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators;

/// <summary>
/// Whose trainees the person asking may see, as <see cref="IAccessPolicy"/> says: a coordinator their own caseload, or
/// every trainee when granted (<see cref="CoordinatorAccessOptions.SeeAll"/>); anyone else nothing (null). Lists and
/// reports are filtered to this caseload in SQL; an action about one trainee asks the policy about that trainee.
/// </summary>
[AccessGuard]
public sealed class CoordinatorCaseloads(IAccessPolicy policy, IProgramme programme)
{
    /// <summary>
    /// The asker's caseload when they are a coordinator, else null — for a message feature deciding whether a message is
    /// for it at all (not a denial: a trainee's message simply is not a coordinator's question).
    /// </summary>
    public Task<(Coordinator Coordinator, Caseload Caseload)?> OfAsync(Contact asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        return OfUserAsync(asker.UserId, cancellationToken);
    }

    /// <inheritdoc cref="OfAsync"/>
    public async Task<(Coordinator Coordinator, Caseload Caseload)?> OfUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var asker = await policy.AskerAsync(userId, cancellationToken);
        return asker.Caseload is { } caseload && await programme.CoordinatorOfUserAsync(userId, cancellationToken) is { } coordinator
            ? (coordinator, caseload)
            : null;
    }

    /// <summary>
    /// The asker's caseload when the policy allows them <paramref name="action"/> (about <paramref name="traineeId"/>,
    /// or no one); null when refused — the refusal is logged and audited by the policy.
    /// </summary>
    public async Task<(Coordinator Coordinator, Caseload Caseload)?> ForAsync(
        Guid userId, AccessAction action, Guid? traineeId, string command, CancellationToken cancellationToken)
    {
        var decision = await policy.DecideAsync(userId, action, traineeId, command, cancellationToken);
        return decision.Allowed ? await OfUserAsync(userId, cancellationToken) : null;
    }
}
