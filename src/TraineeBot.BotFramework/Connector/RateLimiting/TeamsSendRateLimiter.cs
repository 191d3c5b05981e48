using Microsoft.Extensions.Options;

namespace TraineeBot.BotFramework.Connector.RateLimiting;

/// <summary>
/// Teams' proactive-send limits as sliding logs: per (tenant, conversation) every window of
/// <see cref="TeamsRateLimitOptions.PerConversation"/>, and per tenant <see cref="TeamsRateLimitOptions.TenantPerSecond"/>
/// in one second, all at once. Thread-safe (one lock, held for microseconds); parallel senders share one instance.
/// <para>
/// <b>Why this is sound.</b> The connector timestamps a request somewhere between the moment we start it and the moment
/// we see its answer, and counts requests in sliding windows by those timestamps. We know neither timestamp exactly,
/// only the interval. So a send may start at instant <c>s</c> only if fewer than N earlier sends have a finish instant
/// after <c>s − window</c>, where a send still in flight counts as finishing at +∞: a permit occupies every window while
/// in flight, and once completed it occupies each window until <c>finishedAt + window + SafetyMargin</c>. Then the
/// connector can never see N + 1 requests in one window: among any N + 1 whose timestamps lie in <c>(t − W, t]</c>, take
/// the one permitted last, k. Each of the other N was permitted before it, and finished at or after its own timestamp,
/// so after <c>t − W ≥ t_k − W ≥ s_k − W</c> (or was still in flight): they filled the window when k asked, and k would
/// have been refused. The same rule holds for the tenant window. This assumes that the <c>now</c> given to
/// <see cref="TryAcquire"/> is read before the request goes out, that <c>finishedAt</c> is read after its answer (or
/// timeout), that each permit covers one HTTP request (a retry is another send), and that our clock and the connector's
/// agree to within <see cref="TeamsRateLimitOptions.SafetyMargin"/>. Callers' clocks need not be monotonic across threads.
/// </para>
/// <para>
/// A token bucket is not used on purpose: a full bucket plus its refill lets through about 2N requests within one
/// sliding window. Memory is bounded: each key remembers at most the largest Permits of its windows (older entries can
/// never decide anything), entries older than the longest window are pruned, and keys with nothing in flight, no
/// throttle and no entry younger than the longest window are evicted by a periodic sweep.
/// </para>
/// </summary>
public sealed class TeamsSendRateLimiter : ISendRateLimiter
{
    private const string DefaultTenant = "default";
    private static readonly long MaxSweepInterval = TimeSpan.FromMinutes(1).Ticks;

    private readonly Lock gate = new();
    private readonly (int Permits, long Span)[] conversationWindows;
    private readonly int conversationCapacity;
    private readonly long longestConversationSpan;
    private readonly int tenantPermits;
    private readonly long tenantSpan;
    private readonly long sweepInterval;
    private readonly Dictionary<string, SlidingLog> tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Tenant, string Conversation), SlidingLog> conversations = [];
    private long nextSweep = long.MinValue;
    private int peakConversations;

    public TeamsSendRateLimiter(IOptions<TeamsRateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        var problems = value.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var margin = value.SafetyMargin.Ticks;
        conversationWindows = [.. value.PerConversation.Select(w => (w.Permits, w.Window.Ticks + margin))];
        conversationCapacity = conversationWindows.Max(w => w.Permits);
        longestConversationSpan = conversationWindows.Max(w => w.Span);
        tenantPermits = value.TenantPerSecond;
        tenantSpan = TimeSpan.TicksPerSecond + margin;
        sweepInterval = Math.Min(MaxSweepInterval, Math.Max(longestConversationSpan, tenantSpan));
    }

    /// <summary>Conversations currently remembered (for tests and diagnostics).</summary>
    internal int TrackedConversations
    {
        get
        {
            lock (gate)
            {
                return conversations.Count;
            }
        }
    }

    /// <summary>Tenants currently remembered (for tests and diagnostics).</summary>
    internal int TrackedTenants
    {
        get
        {
            lock (gate)
            {
                return tenants.Count;
            }
        }
    }

    /// <summary>Completed sends remembered for one conversation (for tests).</summary>
    internal int RememberedFor(string? tenantId, string conversationId)
    {
        lock (gate)
        {
            return conversations.TryGetValue((tenantId ?? DefaultTenant, conversationId), out var log) ? log.Completed : 0;
        }
    }

    public RateLimitLease TryAcquire(string? tenantId, string conversationId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var tenantKey = tenantId ?? DefaultTenant;
        var at = now.UtcTicks;
        lock (gate)
        {
            var retry = FreeAt(tenantKey, conversationId, at, out var tenant, out var conversation);
            if (retry > at)
            {
                return RateLimitLease.Refused(new DateTimeOffset(retry, TimeSpan.Zero));
            }

            tenant ??= Track(tenants, tenantKey, tenantPermits);
            conversation ??= Track(conversations, (tenantKey, conversationId), conversationCapacity);
            tenant.Start();
            conversation.Start();
            return RateLimitLease.Granted(now, finishedAt => Complete(tenant, conversation, Math.Max(at, finishedAt.UtcTicks)),
                () => Release(tenant, conversation));
        }
    }

    public DateTimeOffset NextPermitAt(string? tenantId, string conversationId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var at = now.UtcTicks;
        lock (gate)
        {
            var free = FreeAt(tenantId ?? DefaultTenant, conversationId, at, out _, out _);
            return free > at ? new DateTimeOffset(free, TimeSpan.Zero) : now;
        }
    }

    /// <summary>When a send to the conversation may start (≥ <paramref name="at"/>); call under <see cref="gate"/>.</summary>
    private long FreeAt(string tenantKey, string conversationId, long at, out SlidingLog? tenant, out SlidingLog? conversation)
    {
        SweepIfDue(at);
        var free = at;
        if (tenants.TryGetValue(tenantKey, out tenant))
        {
            tenant.Prune(at - tenantSpan);
            free = Math.Max(free, TenantFreeAt(tenant, at));
        }

        if (conversations.TryGetValue((tenantKey, conversationId), out conversation))
        {
            conversation.Prune(at - longestConversationSpan);
            free = Math.Max(free, conversation.ThrottledUntil);
            foreach (var (permits, span) in conversationWindows)
            {
                free = Math.Max(free, conversation.FreeAt(permits, at, span));
            }
        }

        return free;
    }

    public int AvailableForTenant(string? tenantId, DateTimeOffset now)
    {
        var at = now.UtcTicks;
        lock (gate)
        {
            if (!tenants.TryGetValue(tenantId ?? DefaultTenant, out var tenant))
            {
                return tenantPermits;
            }

            return tenant.ThrottledUntil > at ? 0 : Math.Max(0, tenantPermits - tenant.Occupying(at, tenantSpan));
        }
    }

    public DateTimeOffset TenantAvailableAt(string? tenantId, DateTimeOffset now)
    {
        var at = now.UtcTicks;
        lock (gate)
        {
            if (!tenants.TryGetValue(tenantId ?? DefaultTenant, out var tenant))
            {
                return now;
            }

            var free = TenantFreeAt(tenant, at);
            return free > at ? new DateTimeOffset(free, TimeSpan.Zero) : now;
        }
    }

    public void Throttled(string? tenantId, string? conversationId, DateTimeOffset until)
    {
        var tenantKey = tenantId ?? DefaultTenant;
        var ticks = until.UtcTicks;
        lock (gate)
        {
            var log = conversationId is null
                ? tenants.TryGetValue(tenantKey, out var tenant) ? tenant : Track(tenants, tenantKey, tenantPermits)
                : conversations.TryGetValue((tenantKey, conversationId), out var conversation)
                    ? conversation
                    : Track(conversations, (tenantKey, conversationId), conversationCapacity);
            log.ThrottledUntil = Math.Max(log.ThrottledUntil, ticks);
        }
    }

    private long TenantFreeAt(SlidingLog tenant, long at) =>
        Math.Max(tenant.ThrottledUntil, tenant.FreeAt(tenantPermits, at, tenantSpan));

    private void Complete(SlidingLog tenant, SlidingLog conversation, long finishedAt)
    {
        lock (gate)
        {
            tenant.Complete(finishedAt);
            conversation.Complete(finishedAt);
        }
    }

    private void Release(SlidingLog tenant, SlidingLog conversation)
    {
        lock (gate)
        {
            tenant.Release();
            conversation.Release();
        }
    }

    private static SlidingLog Track<TKey>(Dictionary<TKey, SlidingLog> logs, TKey key, int capacity)
        where TKey : notnull
    {
        var log = new SlidingLog(capacity);
        logs.Add(key, log);
        return log;
    }

    /// <summary>Evicts idle keys once per sweep interval (at most a minute of the callers' clock).</summary>
    private void SweepIfDue(long at)
    {
        if (at < nextSweep)
        {
            return;
        }

        nextSweep = at + sweepInterval;
        peakConversations = Math.Max(peakConversations, conversations.Count);
        foreach (var (key, log) in conversations)
        {
            if (log.IsIdle(at, at - longestConversationSpan))
            {
                conversations.Remove(key);
            }
        }

        foreach (var (key, log) in tenants)
        {
            if (log.IsIdle(at, at - tenantSpan))
            {
                tenants.Remove(key);
            }
        }

        if (conversations.Count < peakConversations / 4)
        {
            // A burst to many conversations is over: give its buckets back.
            conversations.TrimExcess();
            peakConversations = conversations.Count;
        }
    }
}
