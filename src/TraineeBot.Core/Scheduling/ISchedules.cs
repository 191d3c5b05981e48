namespace TraineeBot.Core.Scheduling;

/// <summary>Starting, changing and ending schedules, and away periods that move them.</summary>
public interface ISchedules
{
    /// <summary>
    /// Applies a definition to a recipient. The first occurrence is the first one due from now on (earlier ones are
    /// not sent). Starting the same definition for the same recipient and subject again updates its anchors instead.
    /// </summary>
    Task<Schedule> StartAsync(ScheduleStart start, CancellationToken cancellationToken);

    /// <summary>New anchor dates (a renewal was added, the end moved): the next occurrence is planned again.</summary>
    Task<Schedule> UpdateAnchorsAsync(Guid scheduleId, ScheduleAnchors anchors, CancellationToken cancellationToken);

    Task EndAsync(Guid scheduleId, CancellationToken cancellationToken);

    /// <summary>Pauses every active schedule whose messages go to <paramref name="userId"/> (consent withdrawn); returns how many.</summary>
    Task<int> PauseAllAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Resumes the user's paused schedules from now on (occurrences missed while paused are not sent); returns how many.</summary>
    Task<int> ResumeAllAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// The user is away from <paramref name="from"/> to <paramref name="to"/> (local dates, inclusive): their
    /// schedules are planned again around it and their queued messages wait until they are back.
    /// </summary>
    Task SetAwayAsync(Guid userId, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Ends the user's current and future away periods (they are back early).</summary>
    Task<bool> ClearAwayAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The user's away periods that have not ended before <paramref name="today"/>.</summary>
    Task<IReadOnlyList<AwayPeriod>> AwayPeriodsAsync(Guid userId, DateOnly today, CancellationToken cancellationToken);
}

/// <param name="NotifyUserId">Whom to tell about delivery problems; null = the coordinators.</param>
public sealed record ScheduleStart(
    string DefinitionId,
    Guid RecipientUserId,
    ScheduleAnchors Anchors,
    Guid? SubjectUserId = null,
    Guid? NotifyUserId = null);

/// <summary>The definition is not loaded, or its rule needs an anchor the request lacks.</summary>
public sealed class ScheduleException : Exception
{
    public ScheduleException()
    {
    }

    public ScheduleException(string message)
        : base(message)
    {
    }

    public ScheduleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
