using TraineeBot.Testing;
using TraineeBot.Testing.Outbox;
using TraineeBot.Testing.TeamsLimits;

namespace TraineeBot.IntegrationTests.Outbox;

/// <summary>
/// The outbox against a connector that enforces Teams' limits like Teams does (429 when exceeded), in virtual time:
/// bulk sends finish close to the fastest the limits allow, without a single 429 and without losing anything.
/// </summary>
public sealed class OutboxRateLimitTests : IDisposable
{
    private readonly TraineeBotFactory bot = OutboxTestBed.NewBot();
    private readonly TeamsLimitsHandler limits;

    public OutboxRateLimitTests()
    {
        limits = new TeamsLimitsHandler(new TeamsLimitOracle(bot.Clock!)) { InnerHandler = bot.Connector };
        bot.ConnectorHandler = limits;
    }

    [Fact]
    public async Task A_thousand_messages_to_one_conversation_keep_every_window_and_arrive_in_order()
    {
        var person = (await ProactiveData.AddRecipientsAsync(bot.Services, 1))[0];
        var start = bot.Clock!.GetUtcNow();
        await ProactiveData.QueueAsync(bot.Services, Enumerable.Range(0, 1000).Select(i => ProactiveData.Marked(person, $"m{i:0000}", start.AddTicks(i))), start);

        await bot.DrainAsync();

        Assert.Equal(0, limits.Oracle.Rejected);
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => $"m{i:0000}"), bot.SentTexts());
        // 60 per 30 s binds: after the first 60, two a second; the fastest possible is about 485 s.
        var took = bot.Clock.GetUtcNow() - start;
        Assert.InRange(took.TotalSeconds, 480, 485 * 1.05);
    }

    [Fact]
    public async Task Five_thousand_messages_to_five_thousand_conversations_keep_the_tenant_limit()
    {
        var people = await ProactiveData.AddRecipientsAsync(bot.Services, 5000);
        var start = bot.Clock!.GetUtcNow();
        await ProactiveData.QueueAsync(bot.Services, people.Select((p, i) => ProactiveData.Marked(p, $"m{i:0000}", start)), start);

        await bot.DrainAsync();

        Assert.Equal(0, limits.Oracle.Rejected);
        Assert.Equal(5000, bot.SentTexts().Distinct().Count());
        Assert.Equal(5000, bot.SentTexts().Count);
        // 50 a second per tenant: the fastest possible is 99 s.
        var took = bot.Clock.GetUtcNow() - start;
        Assert.InRange(took.TotalSeconds, 99, 99 * 1.05);
    }

    public void Dispose()
    {
        bot.Dispose();
        limits.Dispose();
    }
}
