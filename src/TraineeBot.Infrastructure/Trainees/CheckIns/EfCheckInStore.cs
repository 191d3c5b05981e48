using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Core.Trainees.CheckIns;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Trainees.CheckIns;

/// <summary><see cref="ICheckInStore"/> on the scope's <see cref="TraineeBotDbContext"/> (tracked; the outbox saves with it).</summary>
internal sealed class EfCheckInStore(TraineeBotDbContext db) : ICheckInStore
{
    public Task<CheckIn?> FindAsync(Guid checkInId, CancellationToken cancellationToken) =>
        db.CheckIns.FirstOrDefaultAsync(c => c.Id == checkInId, cancellationToken);

    public Task<CheckIn?> FindAsync(Guid traineeId, string kind, string occurrenceKey, CancellationToken cancellationToken) =>
        db.CheckIns.FirstOrDefaultAsync(c => c.TraineeId == traineeId && c.Kind == kind && c.OccurrenceKey == occurrenceKey, cancellationToken);

    public Task<CheckIn?> FindByRunAsync(Guid dialogRunId, CancellationToken cancellationToken) =>
        db.CheckIns.FirstOrDefaultAsync(c => c.DialogRunId == dialogRunId, cancellationToken);

    public async Task<IReadOnlyList<CheckIn>> OpenAsync(Guid respondentUserId, CancellationToken cancellationToken) =>
        (await db.CheckIns
            .Where(c => c.RespondentUserId == respondentUserId && (c.Status == CheckInStatus.Open || c.Status == CheckInStatus.Unanswered))
            .ToListAsync(cancellationToken))
        .OrderByDescending(c => c.CreatedUtc).ToList();

    public void Add(CheckIn checkIn) => db.CheckIns.Add(checkIn);

    public void Add(Outcome outcome) => db.Outcomes.Add(outcome);

    public Task<DateTimeOffset?> NextDueAsync(Guid scheduleId, CancellationToken cancellationToken) =>
        db.Schedules.AsNoTracking().Where(s => s.Id == scheduleId && s.Status == ScheduleStatus.Active)
            .Select(s => s.NextDueUtc).FirstOrDefaultAsync(cancellationToken);

    public Task<Guid?> ActiveScheduleAsync(string definitionId, Guid recipientUserId, CancellationToken cancellationToken) =>
        db.Schedules.AsNoTracking().Where(s => s.DefinitionId == definitionId && s.RecipientUserId == recipientUserId && s.Status == ScheduleStatus.Active)
            .Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<string> LanguageAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Language).FirstOrDefaultAsync(cancellationToken) ?? "sv";

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
