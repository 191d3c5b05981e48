using TraineeBot.Core.Scheduling;

namespace TraineeBot.Infrastructure.Scheduling;

/// <summary>Sets a schedule's next occurrence from its definition's rule, its anchors and the recipient's away periods.</summary>
public sealed class SchedulePlanning(ScheduleCatalog catalog, OccurrencePlanner planner)
{
    public ScheduleDefinition Definition(string definitionId) =>
        catalog.Find(definitionId) ?? throw new ScheduleException($"There is no schedule definition '{definitionId}' (schedules/*.yaml).");

    /// <summary>Plans the next occurrence after <see cref="Schedule.LastNominalDate"/> due at or after <paramref name="notBefore"/>; ends the schedule when there is none.</summary>
    public void PlanNext(Schedule schedule, ScheduleDefinition definition, IReadOnlyCollection<AwayPeriod> away, DateTimeOffset notBefore)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(definition);
        var next = planner.Next(definition.Rule, ScheduleAnchors.FromJson(schedule.AnchorsJson), schedule.LastNominalDate, notBefore, away);
        schedule.NextOccurrenceKey = next?.Key;
        schedule.NextNominalDate = next?.NominalDate;
        schedule.NextDueUtc = next?.DueUtc;
        // A paused schedule stays paused when its anchors change (a renewal while consent is withdrawn).
        schedule.Status = next is null ? ScheduleStatus.Ended : schedule.Status == ScheduleStatus.Paused ? ScheduleStatus.Paused : ScheduleStatus.Active;
    }
}
