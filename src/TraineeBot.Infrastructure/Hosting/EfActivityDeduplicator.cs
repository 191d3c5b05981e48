using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Hosting;

/// <summary>
/// Claims activity ids in the database, so a redelivery is recognised after a restart too. One statement per claim:
/// an insert that, on a key seen within the window, changes nothing.
/// </summary>
internal sealed class EfActivityDeduplicator(
    IDbContextFactory<TraineeBotDbContext> contexts,
    TimeProvider time,
    IOptions<BotFrameworkOptions> options) : IActivityDeduplicator
{
    private long claims;

    public async ValueTask<bool> TryClaimAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = (now - options.Value.DeduplicationWindow).UtcTicks;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = key.ToString();
        var ticks = now.UtcTicks;
        var changed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ProcessedActivities" ("Key", "ProcessedUtc") VALUES ({id}, {ticks})
            ON CONFLICT ("Key") DO UPDATE SET "ProcessedUtc" = excluded."ProcessedUtc"
            WHERE "ProcessedActivities"."ProcessedUtc" < {cutoff}
            """, cancellationToken);

        if (Interlocked.Increment(ref claims) % 1000 == 0)
        {
            await db.ProcessedActivities.Where(p => p.ProcessedUtc < new DateTimeOffset(cutoff, TimeSpan.Zero))
                .ExecuteDeleteAsync(cancellationToken);
        }

        return changed == 1;
    }
}
