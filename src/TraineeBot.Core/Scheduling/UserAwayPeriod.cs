namespace TraineeBot.Core.Scheduling;

/// <summary>
/// A time a user does not want messages ("pausa till 15 december", a supervisor's holiday): their schedules move past
/// it and queued messages wait. Local (Stockholm) dates, both inclusive.
/// </summary>
public sealed class UserAwayPeriod
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public AwayPeriod ToPeriod() => new(From, To);
}
