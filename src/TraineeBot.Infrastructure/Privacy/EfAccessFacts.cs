using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Privacy;

internal sealed class EfAccessFacts(TraineeBotDbContext db) : IAccessFacts
{
    public Task<UserFacts?> UserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new UserFacts(
                u.Role,
                u.AadObjectId,
                db.Coordinators.Where(c => c.UserId == u.Id).Select(c => (Guid?)c.Id).FirstOrDefault(),
                db.Coordinators.Where(c => c.UserId == u.Id).Select(c => c.Name).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<TraineeFacts?> TraineeAsync(Guid traineeId, DateOnly today, CancellationToken cancellationToken)
    {
        var trainee = await db.Trainees.AsNoTracking().Where(t => t.Id == traineeId)
            .Select(t => new
            {
                t.UserId,
                t.CoordinatorId,
                Backup = db.Coordinators.Where(c => c.Id == t.CoordinatorId).Select(c => c.BackupCoordinatorId).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (trainee is null)
        {
            return null;
        }

        var placements = await db.Placements.AsNoTracking().Where(p => p.TraineeId == traineeId).ToListAsync(cancellationToken);
        Guid? supervisorUserId = Placement.CurrentOf(placements, today) is { } placement
            ? await db.Supervisors.AsNoTracking().Where(s => s.Id == placement.SupervisorId).Select(s => (Guid?)s.UserId).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new TraineeFacts(trainee.UserId, trainee.CoordinatorId, trainee.Backup, supervisorUserId);
    }
}
