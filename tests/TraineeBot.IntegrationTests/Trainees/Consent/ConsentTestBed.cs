using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Trainees.Consent;

/// <summary>A bot on Monday 23 November 2026 09:00 (fake clock, outbox driven by the test) with test-only dialogs.</summary>
internal static class ConsentTestBed
{
    public static TraineeBotFactory NewBot(bool withInventory = true) =>
        OutboxTestBed.NewBot().With("Dialogs:Path", Path.Combine(
            RepositoryPaths.Root, "tests", "TraineeBot.IntegrationTests", "Trainees", "Consent", "Fixtures", withInventory ? "WithInventory" : "WithoutInventory"));

    public static Task<ProgrammeFixture> ProgrammeAsync(TraineeBotFactory bot, string locale = "sv-SE", DateOnly? placementStart = null, int placementMonths = 6) =>
        ProgrammeData.AddAsync(bot.Services, traineeLocale: locale, placementStart: placementStart, placementMonths: placementMonths);

    public static async Task<List<Core.Programme.Consent>> ConsentsAsync(this TraineeBotFactory bot)
    {
        await using var db = bot.OpenDatabase();
        return await db.Consents.AsNoTracking().OrderBy(c => c.DecidedUtc).ThenBy(c => c.Id).ToListAsync();
    }

    public static async Task<List<Core.Dialogs.DialogRun>> DialogRunsAsync(this TraineeBotFactory bot)
    {
        await using var db = bot.OpenDatabase();
        return await db.DialogRuns.AsNoTracking().ToListAsync();
    }

    /// <summary>A trainee who installed the app and said yes (the inventory, if any, is cancelled so it does not answer).</summary>
    public static Conversation Consented(TraineeBotFactory bot, TeamsUser user) =>
        Conversation.For(bot, user).Install().ExpectCard("consent").Send("ja").ExpectReplyContaining(user.Locale.StartsWith("en", StringComparison.Ordinal) ? "Thank you!" : "Tack!");

    /// <summary>Every string on the card (texts, titles and fact values), joined by new lines.</summary>
    public static string AllText(this System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => string.Join('\n', o.Select(p => p.Value.AllText()).Where(t => t.Length > 0)),
        System.Text.Json.Nodes.JsonArray a => string.Join('\n', a.Select(i => i.AllText()).Where(t => t.Length > 0)),
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => string.Empty,
    };
}
