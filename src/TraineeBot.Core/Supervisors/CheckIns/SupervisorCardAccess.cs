using System.Text.Json.Nodes;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Privacy.Access;
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
/// Checks a supervisor card's action: the check-in id from the card must exist and be a supervisor's kind; the access
/// policy must allow the asker to answer for that trainee (their current supervisor); and the asker must be the
/// check-in's respondent and it must be about the placement they supervise.
/// </summary>
[AccessGuard]
public sealed class SupervisorCardGuard(IAccessPolicy policy, ISupervisorCheckIns store, IProgramme programme, TimeProvider time)
{
    /// <param name="command">The card's verb, for the audit log of a refusal.</param>
    public async Task<SupervisorCardAccess> CheckAsync(JsonObject data, Contact asker, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(asker);
        if (CardData.Id(data, "checkInId") is not { } id
            || await store.FindAsync(id, cancellationToken) is not { } checkIn || !CheckInKinds.IsSupervisors(checkIn.Kind))
        {
            return new SupervisorCardAccess(SupervisorCardAccessKind.NotFound, null, null);
        }

        var action = checkIn.Kind == CheckInKinds.Certificate ? AccessAction.GiveCertificateInput : AccessAction.AnswerSupervisorCheckIn;
        var decision = await policy.DecideAsync(asker.UserId, action, checkIn.TraineeId, command, cancellationToken);
        var journey = await programme.JourneyAsync(checkIn.TraineeId, cancellationToken);
        if (journey is null || !decision.Allowed || checkIn.RespondentUserId != asker.UserId || journey.Supervisor?.UserId != asker.UserId
            || journey.Placement?.Id != checkIn.PlacementId)
        {
            return new SupervisorCardAccess(SupervisorCardAccessKind.NotTheirs, checkIn, journey);
        }

        return checkIn.Status == CheckInStatus.Closed || checkIn.ClosesUtc <= time.GetUtcNow()
            ? new SupervisorCardAccess(SupervisorCardAccessKind.Closed, checkIn, journey)
            : new SupervisorCardAccess(SupervisorCardAccessKind.Open, checkIn, journey);
    }
}
