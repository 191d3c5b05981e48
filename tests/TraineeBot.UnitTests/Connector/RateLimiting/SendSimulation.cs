using Microsoft.Extensions.Time.Testing;
using TraineeBot.BotFramework.Connector.RateLimiting;
using TraineeBot.Testing.TeamsLimits;

namespace TraineeBot.UnitTests.Connector.RateLimiting;

/// <summary>A message to send once it has arrived; <see cref="Latency"/> is how long its request takes.</summary>
internal sealed record Send(string Tenant, string Conversation, DateTimeOffset Arrival, TimeSpan Latency = default, bool NeverStarts = false);

/// <summary>A send the limiter let start at <see cref="Start"/>, answered at <see cref="Finish"/>.</summary>
internal sealed record Sent(Send Message, DateTimeOffset Start, DateTimeOffset Finish);

/// <summary>
/// Greedy senders over virtual time, as the outbox would drive the limiter: each conversation sends its messages in
/// order, as early as the limiter allows (waking at <see cref="RateLimitLease.RetryAt"/> or, when the tenant is full, at
/// <see cref="ISendRateLimiter.TenantAvailableAt"/>), many conversations in parallel, each request in flight for its
/// latency. Then the oracle judges what the connector would have seen.
/// </summary>
internal static class SendSimulation
{
    public static readonly DateTimeOffset Epoch = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static TeamsSendRateLimiter Limiter(int tenantPerSecond = 50, TimeSpan safetyMargin = default, params RateLimitWindow[] windows)
    {
        var options = new TeamsRateLimitOptions { TenantPerSecond = tenantPerSecond, SafetyMargin = safetyMargin };
        foreach (var window in windows)
        {
            options.PerConversation.Add(window);
        }

        return new TeamsSendRateLimiter(Microsoft.Extensions.Options.Options.Create(options));
    }

    /// <summary>Runs every message through the limiter; returns the sends that started, in start order.</summary>
    public static List<Sent> Run(ISendRateLimiter limiter, IEnumerable<Send> messages)
    {
        var arrivals = new Queue<Send>(messages.OrderBy(m => m.Arrival));
        var waiting = new Dictionary<(string, string), Queue<Send>>();
        // Conversations due to try a send; a null conversation is a tenant's wake-up.
        var ready = new PriorityQueue<(string Tenant, string? Conversation), (DateTimeOffset At, long Order)>();
        var parked = new Dictionary<string, Queue<(string, string?)>>();
        var inFlight = new PriorityQueue<(RateLimitLease Lease, DateTimeOffset Finish), (DateTimeOffset At, long Order)>();
        var sent = new List<Sent>();
        long order = 0;
        var now = DateTimeOffset.MinValue;

        while (arrivals.Count > 0 || ready.Count > 0 || inFlight.Count > 0)
        {
            var next = DateTimeOffset.MaxValue;
            if (arrivals.TryPeek(out var arrival))
            {
                next = arrival.Arrival;
            }

            if (ready.TryPeek(out _, out var wake) && wake.At < next)
            {
                next = wake.At;
            }

            if (inFlight.TryPeek(out _, out var finish) && finish.At < next)
            {
                next = finish.At;
            }

            now = next > now ? next : now;

            while (inFlight.TryPeek(out var flight, out var at) && at.At <= now)
            {
                inFlight.Dequeue();
                flight.Lease.Complete(flight.Finish);
            }

            while (arrivals.TryPeek(out arrival) && arrival.Arrival <= now)
            {
                arrivals.Dequeue();
                var key = (arrival.Tenant, arrival.Conversation);
                if (!waiting.TryGetValue(key, out var queue))
                {
                    waiting[key] = queue = new Queue<Send>();
                }

                queue.Enqueue(arrival);
                if (queue.Count == 1)
                {
                    ready.Enqueue(key, (now, order++));
                }
            }

            while (ready.TryPeek(out var key, out var at) && at.At <= now)
            {
                ready.Dequeue();
                if (key.Conversation is null)
                {
                    // The tenant has room again: as many parked conversations as it has room for get to try.
                    var room = limiter.AvailableForTenant(key.Tenant, now);
                    var tenantQueue = parked[key.Tenant];
                    for (var i = 0; i < room && tenantQueue.Count > 0; i++)
                    {
                        ready.Enqueue(tenantQueue.Dequeue(), (now, order++));
                    }

                    if (tenantQueue.Count > 0)
                    {
                        ready.Enqueue(key, (TenantWake(limiter, key.Tenant, now), order++));
                    }

                    continue;
                }

                if (limiter.AvailableForTenant(key.Tenant, now) == 0)
                {
                    // The tenant is full: wait with the others for it, not one by one.
                    if (!parked.TryGetValue(key.Tenant, out var tenantQueue))
                    {
                        parked[key.Tenant] = tenantQueue = new Queue<(string, string?)>();
                    }

                    tenantQueue.Enqueue(key);
                    if (tenantQueue.Count == 1)
                    {
                        ready.Enqueue((key.Tenant, null), (TenantWake(limiter, key.Tenant, now), order++));
                    }

                    continue;
                }

                var lease = limiter.TryAcquire(key.Tenant, key.Conversation, now);
                if (!lease.Acquired)
                {
                    Assert.True(lease.RetryAt > now, "a refusal must name a later instant");
                    ready.Enqueue(key, (lease.RetryAt, order++));
                    continue;
                }

                var queue = waiting[(key.Tenant, key.Conversation)];
                var message = queue.Dequeue();
                if (message.NeverStarts)
                {
                    lease.Release();
                }
                else
                {
                    var finished = now + message.Latency;
                    sent.Add(new Sent(message, now, finished));
                    inFlight.Enqueue((lease, finished), (finished, order++));
                }

                if (queue.Count > 0)
                {
                    ready.Enqueue(key, (now, order++));
                }
            }
        }

        return sent;
    }

    private static DateTimeOffset TenantWake(ISendRateLimiter limiter, string tenant, DateTimeOffset now)
    {
        var available = limiter.TenantAvailableAt(tenant, now);
        Assert.True(available > now || limiter.AvailableForTenant(tenant, now) > 0, "a full tenant must name a later instant");
        return available > now ? available : now;
    }

    /// <summary>
    /// Replays the sends to the oracle in the order the connector would see them, each request timestamped by
    /// <paramref name="stamp"/> (somewhere between its start and finish).
    /// </summary>
    public static TeamsLimitOracle Judge(IEnumerable<Sent> sent, Func<Sent, DateTimeOffset> stamp, int tenantPerSecond = 50)
    {
        var clock = new FakeTimeProvider(Epoch.AddDays(-1));
        var oracle = new TeamsLimitOracle(clock, tenantPerSecond);
        foreach (var (at, send) in sent.Select(s => (stamp(s), s)).OrderBy(p => p.Item1))
        {
            if (at > clock.GetUtcNow())
            {
                clock.SetUtcNow(at);
            }

            oracle.TryAdmit(send.Message.Tenant, send.Message.Conversation, out _);
        }

        return oracle;
    }

    /// <summary>Judged three ways: stamped at the start, at the finish, and at a random instant in between.</summary>
    public static void AssertNoRejections(IReadOnlyCollection<Sent> sent, int tenantPerSecond = 50, int seed = 7)
    {
        var random = new Random(seed);
        Func<Sent, DateTimeOffset>[] stamps =
        [
            s => s.Start,
            s => s.Finish,
            s => s.Start + (s.Finish - s.Start) * random.NextDouble(),
        ];
        foreach (var stamp in stamps)
        {
            var oracle = Judge(sent, stamp, tenantPerSecond);
            Assert.Equal(0, oracle.Rejected);
            Assert.Equal(sent.Count, oracle.Admitted);
        }
    }

    /// <summary>
    /// The earliest the last of <paramref name="count"/> messages to one conversation can start, all there at the epoch:
    /// the oracle's own greedy schedule (greedy is optimal for sliding windows).
    /// </summary>
    public static TimeSpan IdealLastStart(int count, int tenantPerSecond = 50)
    {
        var clock = new FakeTimeProvider(Epoch);
        var oracle = new TeamsLimitOracle(clock, tenantPerSecond);
        for (var i = 0; i < count; i++)
        {
            while (!oracle.TryAdmit("tenant", "conversation", out var retryAfter))
            {
                clock.Advance(retryAfter);
            }
        }

        return clock.GetUtcNow() - Epoch;
    }
}
