using FsCheck;
using FsCheck.Fluent;
using static TraineeBot.UnitTests.Connector.RateLimiting.SendSimulation;

namespace TraineeBot.UnitTests.Connector.RateLimiting;

/// <summary>
/// Whatever arrives, and however long each request takes, the connector never sees more than Teams allows from what the
/// limiter lets start, wherever between start and finish the connector timestamps each request.
/// </summary>
public sealed class RateLimiterPropertyTests
{
    private const int TenantPerSecond = 10;
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200);

    private sealed record Request(int Conversation, int ArrivalMs, int LatencyMs, int StampPermille, bool NeverStarts);

    [Fact]
    public void What_the_limiter_admits_never_breaks_the_oracle()
    {
        var request =
            // Conversation 0 gets most requests, so that its 30-second window fills up too.
            from conversation in Gen.Frequency((4, Gen.Constant(0)), (3, Gen.Choose(1, 3)))
            from arrival in Gen.Frequency((3, Gen.Choose(0, 3_000)), (1, Gen.Choose(0, 90_000)))
            from latency in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(0, 300)), (1, Gen.Choose(0, 5_000)))
            from stamp in Gen.Choose(0, 1000)
            from neverStarts in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
            select new Request(conversation, arrival, latency, stamp, neverStarts);
        var requests = Gen.Choose(1, 250).SelectMany(count => Gen.ArrayOf(request, count));

        Check.One(Quick, Prop.ForAll(Arb.From(requests), (Request[] pattern) =>
        {
            var messages = pattern.Select(r => new Send(
                // Conversations 0 and 2 share a tenant, so the tenant limit is met too.
                $"tenant-{r.Conversation % 2}", $"conversation-{r.Conversation}", Epoch.AddMilliseconds(r.ArrivalMs),
                TimeSpan.FromMilliseconds(r.LatencyMs), r.NeverStarts)).ToList();
            var stamps = new Dictionary<Send, double>(ReferenceEqualityComparer.Instance);
            foreach (var (message, r) in messages.Zip(pattern))
            {
                stamps[message] = r.StampPermille / 1000.0;
            }

            var sent = Run(Limiter(TenantPerSecond), messages);
            var oracle = Judge(sent, s => s.Start + (s.Finish - s.Start) * (double)stamps[s.Message], TenantPerSecond);

            return sent.Count == messages.Count(m => !m.NeverStarts) && oracle.Rejected == 0;
        }));
    }
}
