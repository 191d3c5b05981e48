using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Trainees.Start;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Trainees.Start;

internal sealed class EfStartChecklistStore(TraineeBotDbContext db) : IStartChecklistStore
{
    public async Task<(Placement Placement, Workplace Workplace, Trainee Trainee)?> FindAsync(Guid placementId, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken);
        if (placement is null)
        {
            return null;
        }

        var workplace = await db.Workplaces.AsNoTracking().FirstAsync(w => w.Id == placement.WorkplaceId, cancellationToken);
        var trainee = await db.Trainees.AsNoTracking().FirstAsync(t => t.Id == placement.TraineeId, cancellationToken);
        return (placement, workplace, trainee);
    }

    public Task<Guid?> TraineeUserIdAsync(Guid traineeId, CancellationToken cancellationToken) =>
        db.Trainees.AsNoTracking().Where(t => t.Id == traineeId).Select(t => (Guid?)t.UserId).FirstOrDefaultAsync(cancellationToken);

    public async Task<Placement?> AwaitingReasonAsync(Guid traineeUserId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var traineeIds = await db.Trainees.AsNoTracking().Where(t => t.UserId == traineeUserId).Select(t => t.Id).ToListAsync(cancellationToken);
        var candidates = await db.Placements
            .Where(p => traineeIds.Contains(p.TraineeId) && p.CannotComeUtc != null && p.CannotComeReason == null)
            .ToListAsync(cancellationToken);
        return candidates.Where(p => p.CannotComeUtc >= since).OrderByDescending(p => p.CannotComeUtc).FirstOrDefault();
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
