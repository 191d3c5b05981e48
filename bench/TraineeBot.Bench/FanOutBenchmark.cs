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
    public static async Task<int> RunAsync(int count, int tenantPerSecond, TimeSpan latency)
    {
        var connector = new FakeConnector { Latency = latency };
        using var limits = new TeamsLimitsHandler(new TeamsLimitOracle(TimeProvider.System, tenantPerSecond)) { InnerHandler = connector };
        using var bot = new TraineeBotFactory()
            .With("Outbox:Enabled", "false")
            .With("Bot:RateLimits:TenantPerSecond", tenantPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Logging:LogLevel:Default", "Warning");
        bot.ConnectorHandler = limits;

        var people = await ProactiveData.AddRecipientsAsync(bot.Services, count);
        var now = DateTimeOffset.UtcNow;
        await ProactiveData.QueueAsync(bot.Services, people.Select((p, i) => ProactiveData.Marked(p, $"check-in {i}", now)), now);
        var sender = bot.Services.GetRequiredService<OutboxSender>();
        var time = TimeProvider.System;

        Console.WriteLine($"Fan-out: {count:N0} proactive check-ins to {count:N0} conversations, tenant limit {tenantPerSecond}/s, connector latency {latency.TotalMilliseconds} ms");
        var clock = Stopwatch.StartNew();
        while (await PendingAsync(bot))
        {
            var next = await sender.RunOnceAsync(CancellationToken.None);
            var wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
        }

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
        return lost == 0 && duplicates == 0 ? 0 : 1;
    }

    private static async Task<bool> PendingAsync(TraineeBotFactory bot)
    {
        await using var db = bot.OpenDatabase();
        return await db.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.Sending);
    }
}
