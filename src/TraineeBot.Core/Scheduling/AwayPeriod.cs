namespace TraineeBot.Core.Scheduling;

/// <summary>Days someone is away (holiday, sick leave): local (Stockholm) dates, both inclusive. <see cref="From"/> after <see cref="To"/> covers no day.</summary>
public sealed record AwayPeriod(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => From <= date && date <= To;
}
