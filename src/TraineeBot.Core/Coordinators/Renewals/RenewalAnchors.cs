using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;

namespace TraineeBot.Core.Coordinators.Renewals;

/// <summary>
/// The dates the coordinator's <c>renewal-decision</c> schedule counts from: the placement's anchors, with
/// <c>renewals</c> being the day after <b>each</b> contract period ends (the last one too: whether to renew or end is
/// decided then as well). The card finds its period as the one ending the day before the occurrence's nominal date.
/// </summary>
public static class RenewalAnchors
{
    public const string DefinitionId = "renewal-decision";

    public static ScheduleAnchors Of(Placement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        // An interrupted placement has nothing left to decide.
        return PlacementAnchors.Of(placement)
            .With(ScheduleAnchors.Renewals, placement.InterruptedUtc is not null ? [] : placement.ContractPeriods.Select(p => p.EndDate.AddDays(1)));
    }
}
