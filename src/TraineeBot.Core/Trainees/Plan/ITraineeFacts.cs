namespace TraineeBot.Core.Trainees.Plan;

/// <summary>Small read-only facts about a trainee that <see cref="Programme.IProgramme"/> does not give: what the plan and the consent flow show.</summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface ITraineeFacts
{
    /// <summary>When the trainee's next check-in (<c>trainee-checkin</c> schedule) goes out, UTC; null when none is planned.</summary>
    Task<DateTimeOffset?> NextCheckInDueUtcAsync(Guid traineeUserId, CancellationToken cancellationToken);

    /// <summary>The placement's contract periods, in order (<see cref="Programme.IProgramme.JourneyOfUserAsync"/> does not load them).</summary>
    Task<IReadOnlyList<Programme.ContractPeriod>> ContractPeriodsAsync(Guid placementId, CancellationToken cancellationToken);

    /// <summary>True when the trainee has confirmed an interest inventory.</summary>
    Task<bool> HasInterestProfileAsync(Guid traineeId, CancellationToken cancellationToken);

    /// <summary>The language the bot writes to <paramref name="userId"/> in (sv when unknown).</summary>
    Task<string> LanguageOfUserAsync(Guid userId, CancellationToken cancellationToken);
}
