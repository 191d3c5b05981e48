namespace TraineeBot.Core.Programme;

/// <summary>
/// Told when a placement is created, inside the transaction that stores it (so what a feature queues — the start
/// checklist, reminders — is stored with the placement or not at all).
/// </summary>
public interface IPlacementEvents
{
    Task PlacementCreatedAsync(Placement placement, CancellationToken cancellationToken);
}
