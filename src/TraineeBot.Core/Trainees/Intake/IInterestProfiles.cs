using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Intake;

/// <summary>Stored interest profiles (the confirmed interest inventory with its suggested work areas).</summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface IInterestProfiles
{
    /// <summary>The profile saved from dialog run <paramref name="dialogRunId"/>, or null.</summary>
    Task<InterestProfile?> FindByRunAsync(Guid dialogRunId, CancellationToken cancellationToken);

    /// <summary>The trainee's latest profile, or null.</summary>
    Task<InterestProfile?> LatestAsync(Guid traineeId, CancellationToken cancellationToken);

    /// <summary>The language a user reads (sv or en): the coordinator's cards are in theirs.</summary>
    Task<string> LanguageOfUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="profile"/> and queues <paramref name="coordinatorMessage"/> in one transaction; false (and
    /// nothing saved) when a profile of the same dialog run exists.
    /// </summary>
    Task<bool> SaveAsync(InterestProfile profile, OutboxRequest coordinatorMessage, CancellationToken cancellationToken);
}
