using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Outbox;
using TraineeBot.Infrastructure.Scheduling;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Trainees.CheckIns;

/// <summary>A bot on a fake clock with one programme (trainee and coordinator installed, the trainee consented), driven by hand.</summary>
internal sealed class TraineeBed : IAsyncDisposable
{
    private TraineeBed(TraineeBotFactory bot, ProgrammeFixture programme)
    {
        Bot = bot;
        Programme = programme;
    }

    public TraineeBotFactory Bot { get; }

    public ProgrammeFixture Programme { get; }

    public DateTimeOffset Now => Bot.Clock!.GetUtcNow();

    public static async Task<TraineeBed> NewAsync(
        string locale, DateOnly placementStart, int months = 6, bool consent = true, DateTimeOffset? start = null, bool install = true)
    {
        var bot = OutboxTestBed.NewBot(start).With("Outbox:ScheduleTick", "1.00:00:00");
        var programme = await ProgrammeData.AddAsync(bot.Services, traineeLocale: locale, placementStart: placementStart, placementMonths: months);
        var bed = new TraineeBed(bot, programme);
        if (consent)
        {
            await using var scope = bot.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IConsents>()
                .RecordAsync(programme.Trainee.UserId, ConsentDecision.Given, "consent-v1", locale[..2], CancellationToken.None);
        }

        if (install)
        {
            await Conversation.For(bot, programme.CoordinatorUser).Install();
            await Conversation.For(bot, programme.TraineeUser).Install();
        }

        return bed;
    }

    /// <summary>The scheduler and the sender together, the clock moved to whichever is due next, until <paramref name="end"/>.</summary>
    public Task RunUntilAsync(DateTimeOffset end) => Bot.RunSchedulesUntilAsync(end);

    public IReadOnlyList<Activity> SentTo(TeamsUser user) => [.. Bot.Connector.Sent.Where(a => a.Conversation?.Id == user.ConversationId)];

    public async Task<List<CheckIn>> CheckInsAsync()
    {
        await using var db = Bot.OpenDatabase();
        return [.. (await db.CheckIns.AsNoTracking().ToListAsync()).OrderBy(c => c.DueUtc)];
    }

    public async Task<List<Case>> CasesAsync()
    {
        await using var db = Bot.OpenDatabase();
        return await db.Cases.AsNoTracking().Include(c => c.Messages).ToListAsync();
    }

    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) =>
        new(new DateTime(year, month, day, hour, minute, 0), Core.Localization.StockholmTime.Zone.GetUtcOffset(new DateTime(year, month, day, hour, minute, 0)));

    public ValueTask DisposeAsync()
    {
        Bot.Dispose();
        return ValueTask.CompletedTask;
    }
}
