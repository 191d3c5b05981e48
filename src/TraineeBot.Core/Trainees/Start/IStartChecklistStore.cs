using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Start;

/// <summary>Placements as the start checklist reads and marks them, in the scope's unit of work.</summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface IStartChecklistStore
{
    /// <summary>The placement (tracked), its workplace and its trainee; null if there is none.</summary>
    Task<(Placement Placement, Workplace Workplace, Trainee Trainee)?> FindAsync(Guid placementId, CancellationToken cancellationToken);

    Task<Guid?> TraineeUserIdAsync(Guid traineeId, CancellationToken cancellationToken);

    /// <summary>The trainee's placement that said "I can't come" since <paramref name="since"/> and has no reason yet (tracked).</summary>
    Task<Placement?> AwaitingReasonAsync(Guid traineeUserId, DateTimeOffset since, CancellationToken cancellationToken);

    Task SaveAsync(CancellationToken cancellationToken);
}
