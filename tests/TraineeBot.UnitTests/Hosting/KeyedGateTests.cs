using TraineeBot.BotFramework.Hosting;

namespace TraineeBot.UnitTests.Hosting;

public sealed class KeyedGateTests
{
    [Fact]
    public async Task Holders_of_one_key_never_overlap()
    {
        var gate = new KeyedGate();
        var inside = 0;
        var maxInside = 0;

        await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using (await gate.EnterAsync("conversation", TestContext.Current.CancellationToken))
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref maxInside, now);
                await Task.Yield();
                Interlocked.Decrement(ref inside);
            }
        }));

        Assert.Equal(1, maxInside);
        Assert.Equal(0, gate.ActiveKeys);
    }

    [Fact]
    public async Task Different_keys_do_not_wait_for_each_other()
    {
        var gate = new KeyedGate();
        using var first = await gate.EnterAsync("a", TestContext.Current.CancellationToken);

        var second = gate.EnterAsync("b", TestContext.Current.CancellationToken);

        Assert.True(second.IsCompletedSuccessfully);
        (await second).Dispose();
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_nothing_behind()
    {
        var gate = new KeyedGate();
        var holder = await gate.EnterAsync("a", TestContext.Current.CancellationToken);
        using var cts = new CancellationTokenSource();

        var waiter = gate.EnterAsync("a", cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        holder.Dispose();
        Assert.Equal(0, gate.ActiveKeys);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
