using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Matching;

/// <summary>A placement at a workplace fills its open opening of the same kind, so it is no longer listed or matched.</summary>
internal sealed class OpeningFilledOnPlacement(IOpenings openings) : IPlacementEvents
{
    public Task PlacementCreatedAsync(Placement placement, CancellationToken cancellationToken) =>
        openings.FillAsync(placement, cancellationToken);
}
