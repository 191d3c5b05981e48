using TraineeBot.Core.Scheduling;

namespace TraineeBot.Core.Programme;

/// <summary>A placement's dates as schedule anchors (what <c>schedules/*.yaml</c> rules count from).</summary>
public static class PlacementAnchors
{
    /// <summary>
    /// Start, end, each renewal (the day a new contract period begins) and the middle day of each contract period.
    /// </summary>
    public static ScheduleAnchors Of(Placement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        return ScheduleAnchors.Empty
            .With(ScheduleAnchors.Start, placement.StartDate)
            .With(ScheduleAnchors.End, placement.EndDate)
            .With(ScheduleAnchors.Renewals, placement.ContractPeriods.OrderBy(p => p.StartDate).Skip(1).Select(p => p.StartDate))
            .With(ScheduleAnchors.Midpoints, placement.ContractPeriods.Select(p => p.StartDate.AddDays((p.EndDate.DayNumber - p.StartDate.DayNumber) / 2)));
    }
}
