using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TraineeBot.BotFramework.Hosting;

/// <summary>The default deduplicator for hosts without storage: a time-windowed set in memory.</summary>
internal sealed class InMemoryActivityDeduplicator(TimeProvider time, IOptions<BotFrameworkOptions> options) : IActivityDeduplicator
{
    private readonly ConcurrentDictionary<ActivityKey, DateTimeOffset> seen = new();
    private long claims;

    public ValueTask<bool> TryClaimAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var window = options.Value.DeduplicationWindow;
        if (Interlocked.Increment(ref claims) % 1024 == 0)
        {
            foreach (var (k, at) in seen)
            {
                if (now - at > window)
                {
                    seen.TryRemove(k, out _);
                }
            }
        }

        if (seen.TryAdd(key, now))
        {
            return ValueTask.FromResult(true);
        }

        if (seen.TryGetValue(key, out var claimedAt) && now - claimedAt > window)
        {
            seen[key] = now;
            return ValueTask.FromResult(true);
        }

        return ValueTask.FromResult(false);
    }
}
