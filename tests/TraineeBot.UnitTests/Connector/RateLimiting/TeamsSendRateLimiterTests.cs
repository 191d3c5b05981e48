using TraineeBot.BotFramework.Connector.RateLimiting;
using static TraineeBot.UnitTests.Connector.RateLimiting.SendSimulation;

namespace TraineeBot.UnitTests.Connector.RateLimiting;

public sealed class TeamsSendRateLimiterTests
{
    private static readonly DateTimeOffset T0 = Epoch;

    [Fact]
    public void Seven_per_second_then_the_eighth_waits_for_the_first_to_slide_out()
    {
        var limiter = Limiter();

        SendNow(limiter, T0, 7);
        var refused = limiter.TryAcquire("t", "c", T0.AddMilliseconds(999));

        Assert.False(refused.Acquired);
        Assert.Equal(T0.AddSeconds(1), refused.RetryAt);
        Assert.True(limiter.TryAcquire("t", "c", T0.AddSeconds(1)).Acquired);
    }

    [Fact]
    public void Next_permit_at_says_when_there_is_room_without_taking_it()
    {
        var limiter = Limiter();

        Assert.Equal(T0, limiter.NextPermitAt("t", "c", T0));
        SendNow(limiter, T0, 7);

        Assert.Equal(T0.AddSeconds(1), limiter.NextPermitAt("t", "c", T0.AddMilliseconds(10)));
        Assert.Equal(T0.AddSeconds(1), limiter.NextPermitAt("t", "c", T0.AddMilliseconds(10)));
        Assert.Equal(T0.AddMilliseconds(10), limiter.NextPermitAt("t", "another", T0.AddMilliseconds(10)));
        Assert.True(limiter.TryAcquire("t", "c", T0.AddSeconds(1)).Acquired);
    }

    [Fact]
    public void Eight_per_two_seconds()
    {
        var limiter = Limiter();

        SendNow(limiter, T0, 7);
        SendNow(limiter, T0.AddSeconds(1), 1);
        var refused = limiter.TryAcquire("t", "c", T0.AddSeconds(1));

        Assert.False(refused.Acquired);
        Assert.Equal(T0.AddSeconds(2), refused.RetryAt);
        SendNow(limiter, T0.AddSeconds(2), 7);
    }

    [Fact]
    public void Sixty_per_thirty_seconds()
    {
        var starts = Greedy(Limiter(), 61);

        Assert.True(starts[59] < T0.AddSeconds(30));
        Assert.Equal(T0.AddSeconds(30), starts[60]);
    }

    [Fact]
    public void Any_configured_window_alone_is_kept_exactly()
    {
        var limiter = Limiter(windows: [new RateLimitWindow(3, TimeSpan.FromSeconds(10))]);

        var starts = Greedy(limiter, 9);

        Assert.Equal([T0, T0, T0, T0.AddSeconds(10), T0.AddSeconds(10), T0.AddSeconds(10), T0.AddSeconds(20), T0.AddSeconds(20), T0.AddSeconds(20)], starts);
    }

    [Fact]
    public void Fifty_per_second_per_tenant_across_conversations()
    {
        var limiter = Limiter();
        for (var i = 0; i < 50; i++)
        {
            var lease = limiter.TryAcquire("t", $"c{i}", T0);
            Assert.True(lease.Acquired);
            lease.Complete(T0);
        }

        var refused = limiter.TryAcquire("t", "another", T0.AddMilliseconds(500));

        Assert.False(refused.Acquired);
        Assert.Equal(T0.AddSeconds(1), refused.RetryAt);
        Assert.Equal(0, limiter.AvailableForTenant("t", T0.AddMilliseconds(500)));
        Assert.Equal(T0.AddSeconds(1), limiter.TenantAvailableAt("t", T0.AddMilliseconds(500)));
        Assert.Equal(50, limiter.AvailableForTenant("other", T0));
        Assert.Equal(T0, limiter.TenantAvailableAt("other", T0));
        Assert.True(limiter.TryAcquire("other", "another", T0).Acquired);
        Assert.True(limiter.TryAcquire(null, "another", T0).Acquired);
    }

    [Fact]
    public void Available_for_tenant_counts_down_and_comes_back()
    {
        var limiter = Limiter(tenantPerSecond: 5);
        limiter.TryAcquire("t", "a", T0).Complete(T0);
        limiter.TryAcquire("t", "b", T0.AddMilliseconds(400));

        Assert.Equal(3, limiter.AvailableForTenant("t", T0.AddMilliseconds(500)));
        Assert.Equal(T0.AddMilliseconds(500), limiter.TenantAvailableAt("t", T0.AddMilliseconds(500)));
        Assert.Equal(4, limiter.AvailableForTenant("t", T0.AddSeconds(1)));
    }

    [Fact]
    public void A_send_in_flight_occupies_every_window_until_it_completes()
    {
        var limiter = Limiter();
        var leases = Enumerable.Range(0, 7).Select(_ => limiter.TryAcquire("t", "c", T0)).ToList();

        var refused = limiter.TryAcquire("t", "c", T0.AddSeconds(10));
        Assert.False(refused.Acquired);
        Assert.Equal(T0.AddSeconds(11), refused.RetryAt);

        leases[0].Complete(T0.AddSeconds(10));
        Assert.False(limiter.TryAcquire("t", "c", T0.AddSeconds(10.5)).Acquired);
        Assert.True(limiter.TryAcquire("t", "c", T0.AddSeconds(11)).Acquired);
    }

    [Fact]
    public void A_completed_send_counts_from_its_finish()
    {
        var limiter = Limiter();
        var leases = Enumerable.Range(0, 7).Select(_ => limiter.TryAcquire("t", "c", T0)).ToList();
        leases.ForEach(lease => lease.Complete(T0.AddMilliseconds(400)));

        Assert.Equal(T0.AddMilliseconds(1400), limiter.TryAcquire("t", "c", T0.AddSeconds(1)).RetryAt);
    }

    [Fact]
    public void The_safety_margin_widens_every_window()
    {
        var limiter = Limiter(tenantPerSecond: 1, safetyMargin: TimeSpan.FromMilliseconds(100));
        SendNow(limiter, T0, 1, conversation: "x");
        Assert.Equal(T0.AddMilliseconds(1100), limiter.TryAcquire("t", "c", T0).RetryAt);

        var perConversation = Limiter(safetyMargin: TimeSpan.FromMilliseconds(100));
        SendNow(perConversation, T0, 7);
        Assert.Equal(T0.AddMilliseconds(1100), perConversation.TryAcquire("t", "c", T0.AddSeconds(1)).RetryAt);
    }

    [Fact]
    public void Release_gives_the_permit_back_once()
    {
        var limiter = Limiter();
        var leases = Enumerable.Range(0, 7).Select(_ => limiter.TryAcquire("t", "c", T0)).ToList();

        leases[0].Release();
        leases[0].Release();
        leases[0].Complete(T0);

        Assert.True(limiter.TryAcquire("t", "c", T0).Acquired);
        Assert.False(limiter.TryAcquire("t", "c", T0).Acquired);
        Assert.Equal(50 - 7, limiter.AvailableForTenant("t", T0));
    }

    [Fact]
    public void Complete_twice_counts_once_and_a_refusal_settles_nothing()
    {
        var limiter = Limiter(tenantPerSecond: 2);
        var first = limiter.TryAcquire("t", "a", T0);
        first.Complete(T0);
        first.Complete(T0.AddSeconds(5));
        limiter.TryAcquire("t", "b", T0).Complete(T0);
        var refused = limiter.TryAcquire("t", "c", T0);
        refused.Release();
        refused.Complete(T0);

        Assert.False(refused.Acquired);
        Assert.Equal(0, limiter.AvailableForTenant("t", T0));
        Assert.Equal(2, limiter.AvailableForTenant("t", T0.AddSeconds(1)));
    }

    [Fact]
    public void A_throttled_conversation_waits_until_the_given_instant()
    {
        var limiter = Limiter();
        limiter.Throttled("t", "c", T0.AddSeconds(30));

        var refused = limiter.TryAcquire("t", "c", T0.AddSeconds(1));

        Assert.False(refused.Acquired);
        Assert.Equal(T0.AddSeconds(30), refused.RetryAt);
        Assert.True(limiter.TryAcquire("t", "other", T0.AddSeconds(1)).Acquired);
        Assert.Equal(49, limiter.AvailableForTenant("t", T0.AddSeconds(1)));
        Assert.True(limiter.TryAcquire("t", "c", T0.AddSeconds(30)).Acquired);
    }

    [Fact]
    public void A_throttled_tenant_waits_as_a_whole_and_a_shorter_throttle_does_not_shorten_it()
    {
        var limiter = Limiter();
        limiter.Throttled(null, null, T0.AddSeconds(10));
        limiter.Throttled(null, null, T0.AddSeconds(5));

        Assert.Equal(T0.AddSeconds(10), limiter.TryAcquire(null, "any", T0).RetryAt);
        Assert.Equal(0, limiter.AvailableForTenant(null, T0.AddSeconds(9)));
        Assert.Equal(T0.AddSeconds(10), limiter.TenantAvailableAt(null, T0.AddSeconds(9)));
        Assert.True(limiter.TryAcquire("other", "any", T0).Acquired);
        Assert.True(limiter.TryAcquire(null, "any", T0.AddSeconds(10)).Acquired);
    }

    [Fact]
    public void Parallel_senders_share_the_permits_exactly()
    {
        var limiter = Limiter();
        var acquired = 0;

        Parallel.For(0, 2000, i =>
        {
            if (limiter.TryAcquire("t", i % 2 == 0 ? "same" : $"c{i}", T0).Acquired)
            {
                Interlocked.Increment(ref acquired);
            }
        });

        Assert.Equal(50, acquired);
        Assert.Equal(0, limiter.AvailableForTenant("t", T0));
    }

    [Fact]
    public void Parallel_completions_and_releases_keep_the_counts_right()
    {
        var limiter = Limiter(tenantPerSecond: 10_000);
        var leases = Enumerable.Range(0, 1000).Select(i => limiter.TryAcquire("t", $"c{i % 100}", T0)).Where(l => l.Acquired).ToList();

        Parallel.ForEach(leases, (lease, _, index) =>
        {
            if (index % 2 == 0)
            {
                lease.Release();
            }
            else
            {
                lease.Complete(T0);
            }
        });

        Assert.Equal(700, leases.Count);
        Assert.Equal(10_000 - 350, limiter.AvailableForTenant("t", T0));
        Assert.Equal(10_000, limiter.AvailableForTenant("t", T0.AddSeconds(1)));
    }

    [Fact]
    public void Idle_conversations_are_forgotten_so_memory_stays_bounded()
    {
        var limiter = Limiter();
        for (var i = 0; i < 100_000; i++)
        {
            // 50 a second: the tenant limit, so every send is admitted.
            var at = T0 + TimeSpan.FromMilliseconds(20 * i);
            var lease = limiter.TryAcquire("t", $"conversation-{i}", at);
            Assert.True(lease.Acquired);
            lease.Complete(at);
        }

        Assert.Equal(100_000, limiter.TrackedConversations);

        var later = T0 + TimeSpan.FromMilliseconds(20 * 100_000) + TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1);
        limiter.TryAcquire("t", "one-more", later).Complete(later);

        Assert.Equal(1, limiter.TrackedConversations);
        Assert.Equal(1, limiter.TrackedTenants);
    }

    [Fact]
    public void Steady_traffic_to_ever_new_conversations_keeps_about_an_hour_of_them()
    {
        var limiter = Limiter();
        var spacing = TimeSpan.FromMilliseconds(200);
        var most = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var at = T0 + spacing * i;
            limiter.TryAcquire($"tenant-{i % 3}", $"conversation-{i}", at).Complete(at);
            most = Math.Max(most, i % 1000 == 0 ? limiter.TrackedConversations : 0);
        }

        // Everything within the longest window (1 h) plus one sweep interval (1 min).
        Assert.InRange(most, 1, (int)(TimeSpan.FromMinutes(61) / spacing) + 1);
        Assert.InRange(limiter.TrackedConversations, 1, (int)(TimeSpan.FromMinutes(61) / spacing) + 1);
    }

    [Fact]
    public void A_conversation_remembers_at_most_its_largest_permits()
    {
        var limiter = Limiter();

        var starts = Greedy(limiter, 1900);

        Assert.Equal(T0.AddHours(1), starts[1800]);
        Assert.InRange(limiter.RememberedFor("t", "c"), 1, 1800);
    }

    [Fact]
    public void A_log_keeps_only_its_newest_finishes_up_to_its_capacity()
    {
        var log = new SlidingLog(3);
        for (var i = 0; i < 5; i++)
        {
            log.Start();
        }

        foreach (var finished in new long[] { 50, 10, 40, 20, 30 })
        {
            log.Complete(finished);
        }

        Assert.Equal(3, log.Completed);
        Assert.Equal(3, log.Occupying(now: 60, span: 100));
        Assert.Equal(1, log.Occupying(now: 60, span: 15));
        Assert.Equal(50 + 15, log.FreeAt(permits: 1, now: 60, span: 15));
        Assert.Equal(30 + 100, log.FreeAt(permits: 3, now: 60, span: 100));

        log.Start();
        log.Start();
        Assert.Equal(5, log.Occupying(now: 60, span: 100));
        Assert.Equal(50 + 100, log.FreeAt(permits: 3, now: 60, span: 100));
        Assert.Equal(60 + 100, log.FreeAt(permits: 1, now: 60, span: 100));
    }

    /// <summary>Starts and completes <paramref name="count"/> sends at <paramref name="at"/>, each of which must be allowed.</summary>
    private static void SendNow(TeamsSendRateLimiter limiter, DateTimeOffset at, int count, string conversation = "c")
    {
        for (var i = 0; i < count; i++)
        {
            var lease = limiter.TryAcquire("t", conversation, at);
            Assert.True(lease.Acquired, $"send {i + 1} of {count} at {at:HH:mm:ss.fff}");
            lease.Complete(at);
        }
    }

    /// <summary>Sends <paramref name="count"/> messages to one conversation as early as allowed; returns the starts.</summary>
    private static List<DateTimeOffset> Greedy(TeamsSendRateLimiter limiter, int count)
    {
        var starts = new List<DateTimeOffset>();
        var now = T0;
        while (starts.Count < count)
        {
            var lease = limiter.TryAcquire("t", "c", now);
            if (lease.Acquired)
            {
                lease.Complete(now);
                starts.Add(now);
            }
            else
            {
                Assert.True(lease.RetryAt > now);
                now = lease.RetryAt;
            }
        }

        return starts;
    }
}
