using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Alerts;

/// <summary>What the coordinator alerts read from the database (read only).</summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface IAlertQueries
{
    /// <summary>
    /// The digest's facts about the trainees whose coordinator is <paramref name="coordinatorId"/> (only those), at
    /// <paramref name="now"/>: placements around <paramref name="today"/>, unanswered open check-ins, open cases, and
    /// messages to them or their supervisors that were unreachable since <paramref name="now"/> minus a day.
    /// </summary>
    Task<DigestSnapshot> SnapshotAsync(Guid coordinatorId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Supervisors' check-ins (supervisor card, certificate input) that became <see cref="CheckInStatus.Unanswered"/>
    /// after their reminders, since <paramref name="since"/> (the last reminder), still open, with the trainee's coordinator.
    /// </summary>
    Task<IReadOnlyList<UnansweredSupervisorCheckIn>> UnansweredSupervisorCheckInsAsync(DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken);
}

public sealed record UnansweredSupervisorCheckIn(Guid CheckInId, string Kind, Guid TraineeId, string TraineeName, string? SupervisorName, DateOnly Sent, Guid CoordinatorId, Guid CoordinatorUserId);
