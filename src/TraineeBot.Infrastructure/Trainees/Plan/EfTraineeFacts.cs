using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Scheduling;
using TraineeBot.Core.Trainees.Plan;
using TraineeBot.Core.Users;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Trainees.Plan;

/// <summary><see cref="ITraineeFacts"/> on EF Core (read-only, no tracking).</summary>
internal sealed class EfTraineeFacts(TraineeBotDbContext db) : ITraineeFacts
{
    /// <summary>The schedule whose next occurrence is the trainee's next check-in.</summary>
    public const string CheckInSchedule = "trainee-checkin";

    public async Task<DateTimeOffset?> NextCheckInDueUtcAsync(Guid traineeUserId, CancellationToken cancellationToken)
    {
        var due = await db.Schedules.AsNoTracking()
            .Where(s => s.DefinitionId == CheckInSchedule && s.RecipientUserId == traineeUserId
                && s.Status == ScheduleStatus.Active && s.NextDueUtc != null)
            .Select(s => s.NextDueUtc)
            .ToListAsync(cancellationToken);
        return due.Min();
    }

    public async Task<IReadOnlyList<Core.Programme.ContractPeriod>> ContractPeriodsAsync(Guid placementId, CancellationToken cancellationToken) =>
        await db.ContractPeriods.AsNoTracking().Where(p => p.PlacementId == placementId).OrderBy(p => p.StartDate).ToListAsync(cancellationToken);

    public Task<bool> HasInterestProfileAsync(Guid traineeId, CancellationToken cancellationToken) =>
        db.InterestProfiles.AsNoTracking().AnyAsync(p => p.TraineeId == traineeId, cancellationToken);

    public async Task<string> LanguageOfUserAsync(Guid userId, CancellationToken cancellationToken) =>
        Language.Normalize(await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Language).FirstOrDefaultAsync(cancellationToken));
}
