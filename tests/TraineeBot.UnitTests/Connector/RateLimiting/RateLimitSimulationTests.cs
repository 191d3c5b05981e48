using static TraineeBot.UnitTests.Connector.RateLimiting.SendSimulation;

namespace TraineeBot.UnitTests.Connector.RateLimiting;

/// <summary>
/// Greedy senders driven by the limiter over virtual time never break Teams' limits as the oracle enforces them, and
/// still send close to as fast as the limits allow.
/// </summary>
public sealed class RateLimitSimulationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    public void A_thousand_messages_to_one_conversation_stay_within_every_window_at_nearly_full_speed(int maxLatencyMs)
    {
        var random = new Random(1);
        var messages = Enumerable.Range(0, 1000)
            .Select(_ => new Send("tenant", "conversation", Epoch, Latency(random, maxLatencyMs)))
            .ToList();

        var sent = Run(Limiter(), messages);

        Assert.Equal(1000, sent.Count);
        AssertNoRejections(sent);
        var ideal = IdealLastStart(1000);
        var actual = sent[^1].Start - Epoch;
        Assert.InRange(actual, ideal, ideal * 1.05);
        if (maxLatencyMs == 0)
        {
            Assert.Equal(ideal, actual);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    public void Five_thousand_conversations_in_one_tenant_go_at_fifty_a_second(int maxLatencyMs)
    {
        var random = new Random(2);
        var messages = Enumerable.Range(0, 5000)
            .Select(i => new Send("tenant", $"conversation-{i}", Epoch, Latency(random, maxLatencyMs)))
            .ToList();

        var sent = Run(Limiter(), messages);

        Assert.Equal(5000, sent.Count);
        AssertNoRejections(sent);
        var actual = sent[^1].Start - Epoch;
        Assert.InRange(actual, TimeSpan.FromSeconds(99), TimeSpan.FromSeconds(105));
    }

    [Fact]
    public void Busy_and_quiet_conversations_in_two_tenants_stay_within_every_limit()
    {
        var random = new Random(3);
        var messages = new List<Send>();
        foreach (var tenant in new[] { "tenant-a", "tenant-b" })
        {
            for (var busy = 0; busy < 3; busy++)
            {
                messages.AddRange(Enumerable.Range(0, 300)
                    .Select(_ => new Send(tenant, $"busy-{busy}", Epoch, Latency(random, 50))));
            }

            messages.AddRange(Enumerable.Range(0, 1000).Select(i =>
                new Send(tenant, $"quiet-{i % 700}", Epoch + TimeSpan.FromMilliseconds(random.Next(60_000)), Latency(random, 50))));
        }

        // A few sends fail before they start; their permits go back.
        messages.AddRange(Enumerable.Range(0, 50).Select(i =>
            new Send("tenant-a", $"quiet-{i}", Epoch + TimeSpan.FromMilliseconds(random.Next(60_000)), NeverStarts: true)));

        var sent = Run(Limiter(), messages);

        Assert.Equal(messages.Count(m => !m.NeverStarts), sent.Count);
        AssertNoRejections(sent);
        var ideal = IdealLastStart(300);
        Assert.InRange(sent[^1].Start - Epoch, ideal, ideal * 1.05);
    }

    [Fact]
    public void Two_thousand_messages_to_one_conversation_respect_the_hourly_window()
    {
        var messages = Enumerable.Range(0, 2000).Select(_ => new Send("tenant", "conversation", Epoch)).ToList();

        var sent = Run(Limiter(), messages);

        AssertNoRejections(sent);
        Assert.True(sent[1799].Start < Epoch.AddHours(1));
        Assert.Equal(Epoch.AddHours(1), sent[1800].Start);
        Assert.Equal(IdealLastStart(2000), sent[^1].Start - Epoch);
    }

    private static TimeSpan Latency(Random random, int maxMs) =>
        maxMs == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(random.NextDouble() * maxMs);
}
