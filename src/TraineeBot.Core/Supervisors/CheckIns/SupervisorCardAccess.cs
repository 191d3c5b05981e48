using System.Text.Json.Nodes;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Supervisors.CheckIns;

/// <summary>What a person may do with a supervisor card, decided from the database, never from the card's data.</summary>
public enum SupervisorCardAccessKind
{
    /// <summary>No check-in with that id (or not a supervisor's).</summary>
    NotFound,

    /// <summary>Someone other than the trainee's current supervisor: they see a read-only view.</summary>
    NotTheirs,

    /// <summary>Theirs, but too late to answer.</summary>
    Closed,

    /// <summary>Theirs, and it still takes an answer (or a change, or an addendum).</summary>
    Open,
}

public sealed record SupervisorCardAccess(SupervisorCardAccessKind Kind, CheckIn? CheckIn, TraineeJourney? Journey);

/// <summary>
/// Checks a supervisor card's action: the check-in id from the card must exist, be a supervisor's kind, and the
/// person asking must be both its respondent and the current supervisor of the placement it is about.
/// </summary>
public sealed class SupervisorCardGuard(ISupervisorCheckIns store, IProgramme programme, TimeProvider time)
{
    public async Task<SupervisorCardAccess> CheckAsync(JsonObject data, Contact asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(asker);
        if (CardData.Id(data, "checkInId") is not { } id
            || await store.FindAsync(id, cancellationToken) is not { } checkIn || !CheckInKinds.IsSupervisors(checkIn.Kind))
        {
            return new SupervisorCardAccess(SupervisorCardAccessKind.NotFound, null, null);
        }

        var journey = await programme.JourneyAsync(checkIn.TraineeId, cancellationToken);
        if (journey is null || checkIn.RespondentUserId != asker.UserId || journey.Supervisor?.UserId != asker.UserId
            || journey.Placement?.Id != checkIn.PlacementId)
        {
            return new SupervisorCardAccess(SupervisorCardAccessKind.NotTheirs, checkIn, journey);
        }

        return checkIn.Status == CheckInStatus.Closed || checkIn.ClosesUtc <= time.GetUtcNow()
            ? new SupervisorCardAccess(SupervisorCardAccessKind.Closed, checkIn, journey)
            : new SupervisorCardAccess(SupervisorCardAccessKind.Open, checkIn, journey);
    }
}
