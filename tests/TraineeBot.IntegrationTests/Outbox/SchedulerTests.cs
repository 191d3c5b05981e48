using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Scheduling;
using TraineeBot.Core.Users;
using TraineeBot.Infrastructure.Scheduling;
using TraineeBot.Testing;
using TraineeBot.Testing.Outbox;

namespace TraineeBot.IntegrationTests.Outbox;

/// <summary>Schedules as data, through the scheduler and the outbox, in virtual time (Europe/Stockholm).</summary>
public sealed class SchedulerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("traineebot-schedules-").FullName;
    private readonly TraineeBotFactory bot;

    public SchedulerTests()
    {
        File.WriteAllText(Path.Combine(folder, "checkin.yaml"), """
            id: test-checkin
            recipient: trainee
            sends: { text: Pause.Resumed }
            when: { every: 14 days, at: "09:00" }
            """);
        File.WriteAllText(Path.Combine(folder, "daily.yaml"), """
            id: test-daily
            recipient: trainee
            sends: { text: Pause.Resumed }
            when: { every: 1 day, at: "09:00" }
            expire-after: 2 days
            """);
        bot = OutboxTestBed.NewBot(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero))
            .With("Scheduling:Path", folder)
            .With("Outbox:IdlePoll", "1.00:00:00")
            .With("Outbox:ScheduleTick", "1.00:00:00");
    }

    private DateTimeOffset Now => bot.Clock!.GetUtcNow();

    [Fact]
    public async Task A_fortnightly_check_in_goes_out_at_nine_Stockholm_time_moved_past_Christmas_and_the_weekend()
    {
        var person = (await ProactiveData.AddRecipientsAsync(bot.Services, 1))[0];
        await StartAsync("test-checkin", person, start: new DateOnly(2026, 12, 10));

        var sent = await RunUntilAsync(new DateTimeOffset(2027, 1, 20, 0, 0, 0, TimeSpan.Zero));

        // 24 Dec (julafton) → Mon 28 Dec 08:00; 7 Jan 09:00; 21 Jan would be next.
        Assert.Equal(
            [new DateTimeOffset(2026, 12, 28, 8, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2027, 1, 7, 9, 0, 0, TimeSpan.FromHours(1))],
            sent.Select(m => m.SentUtc!.Value.ToOffset(TimeSpan.FromHours(1))));
        Assert.All(sent, m => Assert.Equal(1, m.Attempts));
    }

    [Fact]
    public async Task After_downtime_each_missed_occurrence_is_sent_once_in_order_and_the_too_old_ones_expire_with_a_summary()
    {
        await ProactiveData.AddRecipientsAsync(bot.Services, 1, UserRole.Coordinator, prefix: "coordinator");
        var person = (await ProactiveData.AddRecipientsAsync(bot.Services, 1))[0];
        await StartAsync("test-daily", person, start: new DateOnly(2026, 11, 30));
        var runner = bot.Services.GetRequiredService<ScheduleRunner>();
        await runner.RunDueAsync(CancellationToken.None);   // Tue 1 Dec 08:00 local: nothing due yet

        // The bot is off from Tuesday morning until Friday 4 December 12:00.
        bot.Clock!.SetUtcNow(new DateTimeOffset(2026, 12, 4, 11, 0, 0, TimeSpan.Zero));
        await runner.RunDueAsync(CancellationToken.None);
        await runner.RunDueAsync(CancellationToken.None);
        await bot.DrainAsync(until: Now);

        var messages = (await bot.MessagesAsync()).Where(m => m.ScheduleDefinitionId == "test-daily").OrderBy(m => m.DueUtc).ToList();
        Assert.Equal(["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"], messages.Select(m => m.OccurrenceKey));
        // Expire after 2 days: 1 and 2 December are too old by Friday noon.
        Assert.Equal([OutboxStatus.Expired, OutboxStatus.Expired, OutboxStatus.Sent, OutboxStatus.Sent], messages.Select(m => m.Status));
        Assert.Equal(messages.Where(m => m.Status == OutboxStatus.Sent).OrderBy(m => m.DueUtc).Select(m => m.Id),
            messages.Where(m => m.Status == OutboxStatus.Sent).OrderBy(m => m.SentUtc).ThenBy(m => m.FirstActivityId).Select(m => m.Id));
        var summary = Assert.Single(bot.Connector.Sent, a => a.Text!.Contains("kom inte fram", StringComparison.Ordinal));
        Assert.Contains("test-daily", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_runners_at_once_queue_each_occurrence_once()
    {
        var people = await ProactiveData.AddRecipientsAsync(bot.Services, 30);
        foreach (var person in people)
        {
            await StartAsync("test-daily", person, start: new DateOnly(2026, 11, 30));
        }

        bot.Clock!.SetUtcNow(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        var first = ActivatorUtilities.CreateInstance<ScheduleRunner>(bot.Services);
        var second = ActivatorUtilities.CreateInstance<ScheduleRunner>(bot.Services);
        await Task.WhenAll(first.RunDueAsync(CancellationToken.None), second.RunDueAsync(CancellationToken.None));

        var messages = await bot.MessagesAsync();
        Assert.Equal(60, messages.Count);
        Assert.Equal(60, messages.Select(m => m.IdempotencyKey).Distinct().Count());
    }

    [Fact]
    public async Task Pausa_till_moves_the_users_schedule_past_the_pause_and_fortsatt_brings_it_back()
    {
        var user = TeamsUser.New();
        Schedule? schedule = null;
        await Conversation.For(bot, user).Install().ExpectCard("welcome")
            .Then(async () =>
            {
                Guid id;
                await using (var db = bot.OpenDatabase())
                {
                    id = db.Users.Single(u => u.AadObjectId == user.AadObjectId).Id;
                }

                schedule = await StartAsync("test-daily", id, start: new DateOnly(2026, 11, 30));
                Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), schedule.NextDueUtc);
            })
            .Send("pausa till 10 december").ExpectReply("Okej, jag pausar mina meddelanden till och med 10 december 2026. Skriv **fortsätt** om du vill börja igen tidigare.")
            .Then(async () => Assert.Equal(new DateTimeOffset(2026, 12, 11, 8, 0, 0, TimeSpan.Zero), (await ScheduleAsync(schedule!.Id)).NextDueUtc))
            .Send("pausa till igår").ExpectReplyContaining("redan varit")
            .Send("pausa till sommaren").ExpectReplyContaining("förstod inte datumet")
            .Send("fortsätt").ExpectReply("Välkommen tillbaka! Mina meddelanden kommer som vanligt igen.")
            .Then(async () => Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), (await ScheduleAsync(schedule!.Id)).NextDueUtc))
            .ExpectNothingMore();
    }

    [Fact]
    public async Task Pause_until_works_in_English()
    {
        var user = TeamsUser.New(locale: "en-US");
        await Conversation.For(bot, user).Install().ExpectCard("welcome")
            .Send("pause until December 24").ExpectReply("OK, I will pause my messages until and including 24 December 2026. Write **resume** if you want to start again sooner.")
            .Send("resume").ExpectReply("Welcome back! My messages will come as usual again.")
            .Send("resume").ExpectReply("You have no pause right now.");
    }

    private async Task<Schedule> StartAsync(string definition, Guid recipient, DateOnly start)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var anchors = new ScheduleAnchors(new Dictionary<string, IReadOnlyList<DateOnly>> { ["start"] = [start] });
        return await scope.ServiceProvider.GetRequiredService<ISchedules>().StartAsync(new ScheduleStart(definition, recipient, anchors), CancellationToken.None);
    }

    private async Task<Schedule> ScheduleAsync(Guid id)
    {
        await using var db = bot.OpenDatabase();
        return await db.Schedules.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    /// <summary>Runs the scheduler and the sender together, moving the clock to whichever is due next.</summary>
    private async Task<List<OutboxMessage>> RunUntilAsync(DateTimeOffset end)
    {
        var runner = bot.Services.GetRequiredService<ScheduleRunner>();
        var sender = bot.Services.GetRequiredService<Infrastructure.Outbox.OutboxSender>();
        while (Now < end)
        {
            var nextSchedule = await runner.RunDueAsync(CancellationToken.None);
            var nextSend = await sender.RunUntilIdleAsync(CancellationToken.None);
            var next = nextSchedule < nextSend ? nextSchedule : nextSend;
            bot.Clock!.SetUtcNow(next > end ? end : next);
        }

        return [.. (await bot.MessagesAsync()).Where(m => m.Status == OutboxStatus.Sent).OrderBy(m => m.SentUtc)];
    }

    public void Dispose()
    {
        bot.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
