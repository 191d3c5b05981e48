using TraineeBot.Core.Outbox;
using TraineeBot.Infrastructure.Outbox;
using TraineeBot.Testing;
using TraineeBot.Testing.Outbox;

namespace TraineeBot.IntegrationTests.Outbox;

/// <summary>
/// A fault at every interesting point of a delivery, then a "restart" (a new sender over the same database, after the
/// lease of the crashed one ran out): every message arrives, and a second copy appears only when the connector got the
/// message but its answer was lost (the one window the Bot Connector's lack of an idempotency key leaves open).
/// </summary>
public sealed class OutboxCrashTests : IDisposable
{
    private const int Count = 20;
    private readonly ScriptedOutboxFaults faults = new();
    private readonly TraineeBotFactory bot;

    public OutboxCrashTests()
    {
        // One send at a time, so a crash hits exactly one message and never one whose request is half-way.
        bot = OutboxTestBed.NewBot().With("Outbox:MaxParallelSends", "1").With("Outbox:BatchSize", "5").WithFaults(faults);
    }

    public static TheoryData<string> Points => ["BeforeClaim", "BeforeSend", "DuringSend", "AfterSend", "DuringCommit"];

    [Theory]
    [MemberData(nameof(Points))]
    public async Task Every_message_arrives_after_a_fault_and_a_restart_and_only_a_lost_answer_can_double_one(string point)
    {
        var people = await ProactiveData.AddRecipientsAsync(bot.Services, Count);
        var now = bot.Clock!.GetUtcNow();
        await ProactiveData.QueueAsync(bot.Services, people.Select((p, i) => ProactiveData.Marked(p, $"m{i:00}", now)), now);

        // About half of the messages go out before the fault strikes.
        if (point == "DuringSend")
        {
            for (var i = 0; i < Count / 2; i++)
            {
                bot.Connector.Enqueue(_ => null);
            }

            bot.Connector.LoseNextResponse();
        }
        else
        {
            var at = Enum.Parse<OutboxFaultPoint>(point);
            faults.Arm(at, skip: at == OutboxFaultPoint.BeforeClaim ? 2 : Count / 2);
        }

        var crashed = bot.NewSender();
        Exception? crash = null;
        try
        {
            await crashed.RunUntilIdleAsync(CancellationToken.None);
        }
        catch (SimulatedCrashException ex)
        {
            crash = ex;
        }

        // Restart: a new sender, once the crashed one's lease has run out.
        bot.Clock.Advance(TimeSpan.FromMinutes(3));
        await bot.DrainAsync(bot.NewSender());

        var texts = bot.SentTexts();
        Assert.Equal(Enumerable.Range(0, Count).Select(i => $"m{i:00}"), texts.Distinct().Order());
        var duplicates = texts.Count - texts.Distinct().Count();
        var messages = await bot.MessagesAsync();
        Assert.All(messages, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        if (point == "DuringSend")
        {
            Assert.Equal(1, duplicates);
            Assert.Equal(1, messages.Sum(m => m.UncertainCount));
        }
        else
        {
            Assert.Equal(0, duplicates);
            Assert.Equal(0, messages.Sum(m => m.UncertainCount));
            Assert.Single(faults.Fired);
        }

        // Faults before the send crash the round; faults after it are absorbed (the send is recorded from memory).
        Assert.Equal(point is "BeforeClaim" or "BeforeSend", crash is not null);
    }

    [Fact]
    public async Task A_send_interrupted_in_flight_by_a_dying_process_is_recovered_as_uncertain_and_sent_again()
    {
        var person = (await ProactiveData.AddRecipientsAsync(bot.Services, 1))[0];
        var now = bot.Clock!.GetUtcNow();
        await bot.EnqueueAsync(ProactiveData.Marked(person, "in-flight", now));
        // What a process killed during the HTTP send leaves behind: the message marked as sending, under a lease.
        await using (var db = bot.OpenDatabase())
        {
            var message = db.OutboxMessages.Single();
            message.Status = OutboxStatus.Sending;
            message.Attempts = 1;
            message.LeaseToken = Guid.NewGuid();
            message.LeaseUntilUtc = now.AddMinutes(2);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await bot.Sender().RunUntilIdleAsync(CancellationToken.None);
        Assert.Empty(bot.SentTexts());

        bot.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        await bot.DrainAsync();

        Assert.Equal(["in-flight"], bot.SentTexts());
        var sent = Assert.Single(await bot.MessagesAsync());
        Assert.Equal(1, sent.UncertainCount);
        Assert.Equal(2, sent.Attempts);
    }

    public void Dispose() => bot.Dispose();
}
