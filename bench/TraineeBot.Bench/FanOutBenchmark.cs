using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Outbox;
using TraineeBot.Infrastructure.Outbox;
using TraineeBot.Testing;
using TraineeBot.Testing.Outbox;
using TraineeBot.Testing.TeamsLimits;

namespace TraineeBot.Bench;

/// <summary>
/// N proactive check-ins to N people, through the real outbox sender (SQLite file, leases, rate limiter) to a fake
/// connector that enforces Teams' limits in real time and answers after a network-like latency. Prints throughput
/// against the minimum time the limits impose, and the lost and duplicate counts.
/// </summary>
internal static class FanOutBenchmark
{
    public static async Task<int> RunAsync(int count, int tenantPerSecond, TimeSpan latency, int parallel)
    {
        var connector = new FakeConnector { Latency = latency };
        using var limits = new TeamsLimitsHandler(new TeamsLimitOracle(TimeProvider.System, tenantPerSecond)) { InnerHandler = connector };
        using var bot = new TraineeBotFactory()
            .With("Outbox:Enabled", "false")
            .With("Bot:RateLimits:TenantPerSecond", tenantPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Outbox:MaxParallelSends", parallel.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Logging:LogLevel:Default", "Warning");
        bot.ConnectorHandler = limits;

        var sender = bot.Services.GetRequiredService<OutboxSender>();

        // Warm-up (JIT, EF query compilation, connection pool), then a pause so the warm-up's sends leave Teams' windows.
        var warmUp = await ProactiveData.AddRecipientsAsync(bot.Services, 20, prefix: "warm-up");
        await ProactiveData.QueueAsync(bot.Services, warmUp.Select((p, i) => ProactiveData.Marked(p, $"warm-up {i}", DateTimeOffset.UtcNow)), DateTimeOffset.UtcNow);
        await DrainAsync(bot, sender);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        connector.Clear();

        var people = await ProactiveData.AddRecipientsAsync(bot.Services, count);
        var now = DateTimeOffset.UtcNow;
        await ProactiveData.QueueAsync(bot.Services, people.Select((p, i) => ProactiveData.Marked(p, $"check-in {i}", now)), now);

        Console.WriteLine($"Fan-out: {count:N0} proactive check-ins to {count:N0} conversations, tenant limit {tenantPerSecond}/s, connector latency {latency.TotalMilliseconds} ms, {parallel} sends in parallel");
        var clock = Stopwatch.StartNew();
        await DrainAsync(bot, sender);
        clock.Stop();
        var texts = connector.Sent.Select(a => a.Text).ToList();
        var distinct = texts.Distinct().Count();
        var lost = count - distinct;
        var duplicates = texts.Count - distinct;
        // The limit lets `tenantPerSecond` sends start in any one-second window: the last batch starts after ceil(N/R) − 1 s.
        var minimum = TimeSpan.FromSeconds(Math.Ceiling(count / (double)tenantPerSecond) - 1);
        var ratio = clock.Elapsed / minimum;
        Console.WriteLine($"elapsed            {clock.Elapsed.TotalSeconds,10:F2} s");
        Console.WriteLine($"limit minimum      {minimum.TotalSeconds,10:F2} s");
        Console.WriteLine($"ratio              {ratio,10:F3}   (target ≤ 1.05)");
        Console.WriteLine($"sent/s             {distinct / clock.Elapsed.TotalSeconds,10:F1}");
        Console.WriteLine($"429s from Teams    {limits.Oracle.Rejected,10}");
        Console.WriteLine($"lost               {lost,10}");
        Console.WriteLine($"duplicates         {duplicates,10}");
        Console.WriteLine($"sender rounds      {Rounds,10}   ({InRounds.TotalSeconds:F1} s inside rounds)");
        return lost == 0 && duplicates == 0 ? 0 : 1;
    }

    private static int Rounds;
    private static TimeSpan InRounds;

    /// <summary>What the background service does: rounds, sleeping until the next one is due.</summary>
    private static async Task DrainAsync(TraineeBotFactory bot, OutboxSender sender)
    {
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            var next = await sender.RunOnceAsync(CancellationToken.None);
            Rounds++;
            InRounds += Stopwatch.GetElapsedTime(started);
            var wait = next - TimeProvider.System.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                if (!await PendingAsync(bot))
                {
                    return;
                }

                await Task.Delay(wait);
            }
        }
    }

    private static async Task<bool> PendingAsync(TraineeBotFactory bot)
    {
        await using var db = bot.OpenDatabase();
        return await db.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.Sending);
    }
}
