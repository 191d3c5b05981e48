using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Outbox;
using TraineeBot.Infrastructure.Outbox;
using TraineeBot.Testing;
using TraineeBot.Testing.Outbox;
using TraineeBot.Testing.TeamsLimits;

namespace TraineeBot.IntegrationTests.Outbox;

/// <summary>
/// On the real clock: a claimed message waits in memory for room in Teams' windows (up to <c>Outbox:PermitWait</c>)
/// and is sent the moment there is some, so one round carries more than the window holds right now; what would wait
/// longer goes back to the queue without counting an attempt.
/// </summary>
public sealed class OutboxPermitWaitTests
{
    private const int TenantPerSecond = 10;

    [Fact]
    public async Task A_round_sends_what_the_window_frees_within_the_permit_wait()
    {
        using var bot = NewBot("00:00:03", out var limits);
        using var limitsHandler = limits;
        await QueueAsync(bot, 25);

        var started = TimeProvider.System.GetTimestamp();
        await bot.Services.GetRequiredService<OutboxSender>().RunOnceAsync(TestContext.Current.CancellationToken);
        var took = TimeProvider.System.GetElapsedTime(started);

        // 10 now, 10 when the first ones leave the one-second window, the last 5 a second later: all in one round.
        Assert.Equal(25, bot.Connector.Sent.Select(a => a.Text).Distinct().Count());
        Assert.Equal(0, limits.Oracle.Rejected);
        Assert.True(took >= TimeSpan.FromSeconds(2), $"25 sends at {TenantPerSecond}/s cannot finish in {took}");
        Assert.All(await MessagesAsync(bot), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task What_would_wait_longer_goes_back_to_the_queue_without_counting_an_attempt()
    {
        using var bot = NewBot("00:00:00.500", out var limits);
        using var limitsHandler = limits;
        await QueueAsync(bot, 25);

        await bot.Services.GetRequiredService<OutboxSender>().RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(TenantPerSecond, bot.Connector.Sent.Count);
        Assert.Equal(0, limits.Oracle.Rejected);
        var waiting = (await MessagesAsync(bot)).Where(m => m.Status == OutboxStatus.Queued).ToList();
        Assert.Equal(25 - TenantPerSecond, waiting.Count);
        Assert.All(waiting, m =>
        {
            Assert.Equal(0, m.Attempts);
            Assert.Null(m.LeaseToken);
            Assert.True(m.NextAttemptUtc > m.DueUtc, "put back for when the window has room");
            Assert.NotNull(m.RenderedJson);
        });
    }

    private static TraineeBotFactory NewBot(string permitWait, out TeamsLimitsHandler limits)
    {
        var bot = new TraineeBotFactory()
            .With("Outbox:Enabled", "false")
            .With("Outbox:PermitWait", permitWait)
            .With("Bot:RateLimits:TenantPerSecond", TenantPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture));
        limits = new TeamsLimitsHandler(new TeamsLimitOracle(TimeProvider.System, TenantPerSecond)) { InnerHandler = bot.Connector };
        bot.ConnectorHandler = limits;
        return bot;
    }

    private static async Task QueueAsync(TraineeBotFactory bot, int count)
    {
        var people = await ProactiveData.AddRecipientsAsync(bot.Services, count);
        var now = DateTimeOffset.UtcNow;
        await ProactiveData.QueueAsync(bot.Services, people.Select((p, i) => ProactiveData.Marked(p, $"m{i:00}", now)), now);
    }

    private static async Task<List<OutboxMessage>> MessagesAsync(TraineeBotFactory bot)
    {
        await using var db = bot.OpenDatabase();
        return [.. db.OutboxMessages.Where(m => m.Kind != OutboxKinds.DeliveryNotice)];
    }
}
