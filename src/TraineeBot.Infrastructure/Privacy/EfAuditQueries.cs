using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Privacy;

internal sealed class EfAuditQueries(TraineeBotDbContext db) : IAuditQueries
{
    public async Task<IReadOnlyDictionary<Guid, string>> ActorNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var ids = userIds.Distinct().ToList();
        var names = (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Name != null).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
            .ToDictionary(u => u.Id, u => u.Name!);
        // A coordinator's registered name wins over what Teams calls them.
        foreach (var coordinator in await db.Coordinators.AsNoTracking().Where(c => ids.Contains(c.UserId)).Select(c => new { c.UserId, c.Name }).ToListAsync(cancellationToken))
        {
            names[coordinator.UserId] = coordinator.Name;
        }

        return names;
    }
}
