using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TraineeBot.Core.Outbox;
using TraineeBot.Infrastructure.Outbox;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Outbox;

/// <summary>
/// The bot host with a fake clock and the background loops off, so a test drives the outbox sender and the scheduler
/// round by round in virtual time.
/// </summary>
internal static class OutboxTestBed
{
    /// <summary>Monday 23 November 2026, 09:00 in Stockholm.</summary>
    public static readonly DateTimeOffset Monday0900 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public static TraineeBotFactory NewBot(DateTimeOffset? start = null, string? databasePath = null) =>
        new TraineeBotFactory(databasePath)
            .With("Outbox:Enabled", "false")
            .With("Outbox:RetryBaseDelay", "00:00:05")
            .With("Outbox:IdlePoll", "1.00:00:00")
            .With("Outbox:PermitWait", "00:00:00")
            .WithFakeClock(start ?? Monday0900);

    public static OutboxSender Sender(this TraineeBotFactory bot) => bot.Services.GetRequiredService<OutboxSender>();

    /// <summary>A second sender over the same database, as a restarted process or a second instance would have.</summary>
    public static OutboxSender NewSender(this TraineeBotFactory bot) => ActivatorUtilities.CreateInstance<OutboxSender>(bot.Services);

    /// <summary>Rounds of <paramref name="sender"/>, moving the fake clock to each next wake-up, until nothing is left to do or <paramref name="until"/>.</summary>
    public static async Task DrainAsync(this TraineeBotFactory bot, OutboxSender? sender = null, DateTimeOffset? until = null, int maxRounds = 100_000)
    {
        sender ??= bot.Sender();
        var clock = bot.Clock!;
        for (var round = 0; round < maxRounds; round++)
        {
            var next = await sender.RunOnceAsync(CancellationToken.None);
            if (next <= clock.GetUtcNow())
            {
                continue;
            }

            if (!await bot.HasPendingAsync() || (until is { } end && next > end))
            {
                return;
            }

            clock.SetUtcNow(next);
        }

        throw new InvalidOperationException($"The outbox did not drain in {maxRounds} rounds.");
    }

    public static async Task<bool> HasPendingAsync(this TraineeBotFactory bot)
    {
        await using var db = bot.OpenDatabase();
        return await db.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.Sending);
    }

    public static async Task<List<OutboxMessage>> MessagesAsync(this TraineeBotFactory bot)
    {
        await using var db = bot.OpenDatabase();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedUtc).ToListAsync();
    }

    public static async Task<OutboxEnqueueResult> EnqueueAsync(this TraineeBotFactory bot, OutboxRequest request)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(request, CancellationToken.None);
    }

    /// <summary>Texts the connector accepted, in the order it accepted them.</summary>
    public static IReadOnlyList<string> SentTexts(this TraineeBotFactory bot) =>
        [.. bot.Connector.Sent.Select(a => a.Text ?? string.Empty)];

    public static TraineeBotFactory WithFaults(this TraineeBotFactory bot, IOutboxFaults faults) =>
        bot.WithServices(services => services.Replace(ServiceDescriptor.Singleton(faults)));

    /// <summary>
    /// The scheduler and the sender together, the fake clock moved to whichever is due next, until <paramref name="end"/>;
    /// then one last round of each.
    /// </summary>
    public static async Task RunSchedulesUntilAsync(this TraineeBotFactory bot, DateTimeOffset end)
    {
        var runner = bot.Services.GetRequiredService<Infrastructure.Scheduling.ScheduleRunner>();
        var sender = bot.Sender();
        while (bot.Clock!.GetUtcNow() < end)
        {
            var nextSchedule = await runner.RunDueAsync(CancellationToken.None);
            var nextSend = await sender.RunUntilIdleAsync(CancellationToken.None);
            var next = nextSchedule < nextSend ? nextSchedule : nextSend;
            bot.Clock.SetUtcNow(next > end ? end : next);
        }

        await runner.RunDueAsync(CancellationToken.None);
        await sender.RunUntilIdleAsync(CancellationToken.None);
    }
}
