using System.Text.Json.Nodes;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Supervisors.CheckIns;

/// <summary>The supervisor's check-ins and their red-flag cases, in the turn's unit of work (tracked; <see cref="SaveAsync"/> stores).</summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface ISupervisorCheckIns
{
    Task<CheckIn?> FindAsync(Guid checkInId, CancellationToken cancellationToken);

    Task<CheckIn?> FindAsync(Guid traineeId, string kind, string occurrenceKey, CancellationToken cancellationToken);

    /// <summary>The trainee's check-ins of <paramref name="kind"/> that still take an answer (Open or Unanswered).</summary>
    Task<IReadOnlyList<CheckIn>> OpenAsync(Guid traineeId, string kind, CancellationToken cancellationToken);

    /// <summary>The connector's id of the first activity the outbox message sent; null when not sent (yet).</summary>
    Task<string?> SentActivityIdAsync(Guid outboxMessageId, CancellationToken cancellationToken);

    /// <summary>A case with its messages (tracked); null when none.</summary>
    Task<Case?> FindCaseAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The data the coordinator's card for the case was sent with (from its outbox message); null when none.</summary>
    Task<JsonObject?> CaseCardDataAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>A user's language ("sv" when unknown).</summary>
    Task<string> LanguageAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The users of a placement's supervisor, trainee and coordinator; null when it does not exist.</summary>
    Task<PlacementPeople?> PeopleOfPlacementAsync(Guid placementId, CancellationToken cancellationToken);

    void Add(CheckIn checkIn);

    /// <summary>Adds a message to a case (stored with <see cref="SaveAsync"/>).</summary>
    void Add(CaseMessage message);

    Task SaveAsync(CancellationToken cancellationToken);
}

public sealed record PlacementPeople(Guid SupervisorUserId, Guid TraineeUserId, Guid CoordinatorUserId);
