using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.CheckIns;

/// <summary>Check-in occurrences and outcomes in the turn's unit of work (tracked: <see cref="SaveAsync"/> stores changes).</summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface ICheckInStore
{
    Task<CheckIn?> FindAsync(Guid checkInId, CancellationToken cancellationToken);

    Task<CheckIn?> FindAsync(Guid traineeId, string kind, string occurrenceKey, CancellationToken cancellationToken);

    Task<CheckIn?> FindByRunAsync(Guid dialogRunId, CancellationToken cancellationToken);

    /// <summary>The respondent's check-ins that still take an answer by status (Open or Unanswered), newest first.</summary>
    Task<IReadOnlyList<CheckIn>> OpenAsync(Guid respondentUserId, CancellationToken cancellationToken);

    void Add(CheckIn checkIn);

    void Add(Outcome outcome);

    /// <summary>When the schedule's next occurrence is due (null when it has none).</summary>
    Task<DateTimeOffset?> NextDueAsync(Guid scheduleId, CancellationToken cancellationToken);

    /// <summary>The active schedule of <paramref name="definitionId"/> for the recipient, or null.</summary>
    Task<Guid?> ActiveScheduleAsync(string definitionId, Guid recipientUserId, CancellationToken cancellationToken);

    /// <summary>A user's language ("sv" when unknown).</summary>
    Task<string> LanguageAsync(Guid userId, CancellationToken cancellationToken);

    Task SaveAsync(CancellationToken cancellationToken);
}
