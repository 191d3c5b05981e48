using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Outbox;
using TraineeBot.Infrastructure.Persistence;
using TraineeBot.Testing;
using TraineeBot.Testing.Outbox;

namespace TraineeBot.EndToEndTests;

/// <summary>
/// The outbox's promise with a real process: queue 1,000 proactive messages, let the bot deliver them to a connector
/// on loopback, kill it with SIGKILL twice in the middle, start it again: every message arrives, and the duplicates are
/// at most the sends that were in flight when it died.
/// </summary>
public sealed class ProcessKillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Messages = 1000;
    private const int Recipients = 250;
    private readonly string database = TraineeBotFactory.NewDatabasePath();
    private readonly FakeConnector connector = new() { Latency = TimeSpan.FromMilliseconds(15) };
    private ConnectorServer? server;

    public async ValueTask InitializeAsync() => server = await ConnectorServer.StartAsync(connector);

    [Fact]
    public async Task Every_message_arrives_after_two_kill_9s_and_duplicates_never_exceed_the_sends_in_flight()
    {
        await SeedAsync();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:TraineeBot"] = $"Data Source={database}",
            ["Outbox:LeaseDuration"] = "00:00:03",
            ["Bot:RateLimits:TenantPerSecond"] = "300",
            ["Logging:LogLevel:Default"] = "Warning",
        };

        var inFlightAtKills = new List<int>();
        foreach (var killAt in new[] { 250, 600 })
        {
            using var bot = BotProcess.Start(settings);
            await WaitForAsync(() => Delivered() >= killAt, TimeSpan.FromSeconds(60), bot);
            inFlightAtKills.Add(server!.InFlight);
            bot.KillHard();
            output.WriteLine($"killed with -9 after {Delivered()} deliveries; {inFlightAtKills[^1]} requests were at the connector at that moment");
        }

        using (var last = BotProcess.Start(settings))
        {
            await WaitForAsync(() => AllSentAsync().GetAwaiter().GetResult(), TimeSpan.FromSeconds(90), last);
            last.KillHard();
        }

        var texts = connector.Sent.Select(a => a.Text!).ToList();
        var distinct = texts.Distinct().Count();
        var duplicates = texts.Count - distinct;
        await using var db = Open();
        var uncertain = await db.OutboxMessages.SumAsync(m => m.UncertainCount, TestContext.Current.CancellationToken);
        output.WriteLine($"delivered {texts.Count}, distinct {distinct} of {Messages}, duplicates {duplicates}, " +
            $"sends recorded as uncertain (in flight at a kill) {uncertain}, requests at the connector at the kills {string.Join(" + ", inFlightAtKills)}");

        Assert.Equal(Messages, distinct);
        Assert.True(duplicates <= uncertain, $"{duplicates} duplicates but only {uncertain} sends were in flight at the kills");
        Assert.All(await db.OutboxMessages.ToListAsync(TestContext.Current.CancellationToken), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        // Each recipient's messages arrived in order (a re-sent one may repeat, never overtake).
        foreach (var conversation in connector.Sent.GroupBy(a => a.Conversation!.Id))
        {
            var numbers = conversation.Select(a => int.Parse(a.Text!.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(numbers.Distinct().Order(), numbers.Distinct());
        }
    }

    private int Delivered() => connector.Sent.Count;

    private async Task<bool> AllSentAsync()
    {
        await using var db = Open();
        return !await db.OutboxMessages.AnyAsync(m => m.Status != OutboxStatus.Sent);
    }

    private async Task SeedAsync()
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
        var people = await ProactiveData.AddRecipientsAsync(db, Recipients, serviceUrl: server!.ServiceUrl.AbsoluteUri);
        var now = DateTimeOffset.UtcNow;
        await ProactiveData.QueueAsync(db, Enumerable.Range(0, Messages)
            .Select(i => ProactiveData.Marked(people[i % Recipients], $"m-{i:0000}", now.AddMilliseconds(i))), now);
    }

    private TraineeBotDbContext Open() =>
        new(new DbContextOptionsBuilder<TraineeBotDbContext>().UseSqlite($"Data Source={database}").Options);

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout, BotProcess bot)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (bot.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout} in vain; the bot {(bot.HasExited ? "exited" : "is running")}. Its output:\n{bot.Output}");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        connector.Dispose();
        SqliteCleanup(database);
    }

    private static void SqliteCleanup(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
