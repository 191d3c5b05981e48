using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Outbox;
using TraineeBot.Infrastructure.Scheduling;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Supervisors;

/// <summary>
/// A bot on a fake clock (Monday 23 November 2026) with one programme: Amira's placement at Förskolan Solen from
/// Monday 30 November, 6 months in two 3-month contract periods (renewal 28 February 2027; midpoints 13 January and 14
/// April), supervisor Maria Berg, coordinator Karin Lind; everyone installed.
/// </summary>
internal sealed class SupervisorBed : IAsyncDisposable
{
    public static readonly DateOnly PlacementStart = new(2026, 11, 30);

    private SupervisorBed(TraineeBotFactory bot, ProgrammeFixture programme)
    {
        Bot = bot;
        Programme = programme;
    }

    public TraineeBotFactory Bot { get; }

    public ProgrammeFixture Programme { get; }

    public TeamsUser Supervisor => Programme.SupervisorUser;

    public TeamsUser Coordinator => Programme.CoordinatorUser;

    public DateTimeOffset Now => Bot.Clock!.GetUtcNow();

    public static async Task<SupervisorBed> NewAsync(string supervisorLocale = "sv-SE", bool installSupervisor = true)
    {
        var bot = OutboxTestBed.NewBot().With("Outbox:ScheduleTick", "1.00:00:00");
        var programme = await ProgrammeData.AddAsync(bot.Services, placementStart: PlacementStart, placementMonths: 6);
        programme = programme with { SupervisorUser = programme.SupervisorUser with { Locale = supervisorLocale } };
        var bed = new SupervisorBed(bot, programme);
        await Conversation.For(bot, programme.CoordinatorUser).Install();
        if (installSupervisor)
        {
            await Conversation.For(bot, programme.SupervisorUser).Install();
        }

        return bed;
    }

    /// <summary>The scheduler and the sender together, the clock moved to whichever is due next, until <paramref name="end"/>.</summary>
    public Task RunUntilAsync(DateTimeOffset end) => Bot.RunSchedulesUntilAsync(end);

    /// <summary>Sends what is queued now (e.g. a coordinator's card after an answer) without moving the clock.</summary>
    public Task SendQueuedAsync() => Bot.Services.GetRequiredService<OutboxSender>().RunUntilIdleAsync(CancellationToken.None);

    public IReadOnlyList<Activity> SentTo(TeamsUser user) => [.. Bot.Connector.Sent.Where(a => a.Conversation?.Id == user.ConversationId)];

    public IReadOnlyList<Activity> CardsTo(TeamsUser user, string template) =>
        [.. SentTo(user).Where(a => a.Attachments?.Any(at => at.Name == template) == true)];

    /// <summary>The connector's id of a sent activity (what the card's replyToId is in Teams).</summary>
    public string ActivityId(Activity sent) =>
        Bot.Connector.Requests.Last(r => ReferenceEquals(r.Activity, sent)).ResponseId!;

    /// <summary>An Action.Execute by <paramref name="user"/> on the card <paramref name="cardActivityId"/>: the HTTP status and the invoke response.</summary>
    public async Task<(HttpStatusCode Status, JsonObject Response)> ExecuteAsync(TeamsUser user, string verb, JsonObject data, string? cardActivityId = null)
    {
        var activity = Activities.CardAction(user, verb, data);
        activity.ReplyToId = cardActivityId;
        var response = await Bot.CreateClient().PostActivityAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }

    public async Task<List<CheckIn>> CheckInsAsync(string kind)
    {
        await using var db = Bot.OpenDatabase();
        return [.. (await db.CheckIns.AsNoTracking().Where(c => c.Kind == kind).ToListAsync()).OrderBy(c => c.DueUtc)];
    }

    public async Task<List<Case>> CasesAsync()
    {
        await using var db = Bot.OpenDatabase();
        return await db.Cases.AsNoTracking().Include(c => c.Messages).ToListAsync();
    }

    /// <summary>A full, valid check-in answer; override fields with <paramref name="changes"/>.</summary>
    public static JsonObject Answer(Guid checkInId, params (string Field, string Value)[] changes)
    {
        var data = new JsonObject
        {
            ["checkInId"] = checkInId.ToString(),
            ["attendance"] = "4",
            ["punctuality"] = "5",
            ["tasks"] = "4",
            ["cooperation"] = "4",
            ["progress"] = "3",
            ["programme-support"] = "5",
            ["renewal"] = "yes",
            ["wage-phase"] = "same",
            ["concerns"] = string.Empty,
            ["call-me"] = "Nej",
        };
        foreach (var (field, value) in changes)
        {
            data[field] = value;
        }

        return data;
    }

    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) =>
        Trainees.CheckIns.TraineeBed.Local(year, month, day, hour, minute);

    public ValueTask DisposeAsync()
    {
        Bot.Dispose();
        return ValueTask.CompletedTask;
    }
}
