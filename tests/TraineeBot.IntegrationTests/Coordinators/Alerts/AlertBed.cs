using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Coordinators.Alerts;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Infrastructure.Coordinators.Alerts;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators.Alerts;

/// <summary>Helpers for driving the coordinators' alert loop in virtual time over the real app.</summary>
internal static class AlertBed
{
    private static readonly WorkingCalendar Calendar = new(new SchedulingOptions());

    /// <summary>A local (Stockholm) time as an instant.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) => Calendar.ToUtc(new(year, month, day), new(hour, minute));

    /// <summary>Moves the clock to <paramref name="at"/> and runs one round of the alert loop, then sends what is queued.</summary>
    public static async Task AlertsAtAsync(this TraineeBotFactory bot, DateTimeOffset at)
    {
        bot.Clock!.SetUtcNow(at);
        await bot.Services.GetRequiredService<CoordinatorAlertRunner>().RunDueAsync(CancellationToken.None);
        await bot.Sender().RunUntilIdleAsync(CancellationToken.None);
    }

    /// <summary>The scheduler, the sender and the alert loop together, the clock moved to whichever is due next, until <paramref name="end"/>.</summary>
    public static async Task RunAllUntilAsync(this TraineeBotFactory bot, DateTimeOffset end)
    {
        var schedules = bot.Services.GetRequiredService<Infrastructure.Scheduling.ScheduleRunner>();
        var alerts = bot.Services.GetRequiredService<CoordinatorAlertRunner>();
        var sender = bot.Sender();
        while (bot.Clock!.GetUtcNow() < end)
        {
            var next = new[]
            {
                await schedules.RunDueAsync(CancellationToken.None),
                await alerts.RunDueAsync(CancellationToken.None),
                await sender.RunUntilIdleAsync(CancellationToken.None),
            }.Min();
            bot.Clock.SetUtcNow(next > end ? end : next);
        }
    }

    public static async Task<Case> OpenCaseAsync(this TraineeBotFactory bot, Guid traineeId, CaseKind kind, string text)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICases>().OpenAsync(new OpenCase(traineeId, kind, text), CancellationToken.None);
    }

    public static IReadOnlyList<Activity> DigestsTo(this TraineeBotFactory bot, TeamsUser user) =>
        [.. bot.Connector.Sent.Where(a => a.Conversation?.Id == user.ConversationId && a.Attachments?.Any(at => at.Name == DigestCard.Template) == true)];

    public static IReadOnlyList<Activity> SentTo(this TraineeBotFactory bot, TeamsUser user) =>
        [.. bot.Connector.Sent.Where(a => a.Conversation?.Id == user.ConversationId)];

    public static async Task<List<Core.Outbox.OutboxMessage>> DigestMessagesAsync(this TraineeBotFactory bot)
    {
        await using var db = bot.OpenDatabase();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith("digest:")).ToListAsync();
    }

    /// <summary>The Action.Execute buttons of a card: their data.</summary>
    public static List<JsonObject> Buttons(this JsonNode card) =>
        [.. card.DescendantsAndSelf().OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>() == "Action.Execute").Select(o => o["data"]!.DeepClone().AsObject())];

    public static async Task<(HttpStatusCode Status, JsonObject Response)> ExecuteAsync(this TraineeBotFactory bot, TeamsUser user, string verb, JsonObject data)
    {
        var response = await bot.CreateClient().PostActivityAsync(Activities.CardAction(user, verb, data));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static IEnumerable<JsonNode> DescendantsAndSelf(this JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in child.DescendantsAndSelf())
            {
                yield return descendant;
            }
        }
    }
}
