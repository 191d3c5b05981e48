using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Programme;
using TraineeBot.Testing;

namespace TraineeBot.EndToEndTests;

/// <summary>
/// The coordinator's day in Agents Playground (issue 8's "done when"): Karin (playground/coordinator.yml) registers a
/// trainee with a placement on the registration card, asks for status in English and in Swedish, gets the red-flag
/// card when Maria (playground/supervisor.yml, a second Playground) answers a check-in with a worry, records a renewal
/// from Amira's status card, and downloads the outcome report. Every step is checked against the database.
/// </summary>
public sealed class PlaygroundCoordinatorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_coordinator_registers_asks_gets_a_red_flag_renews_and_downloads_the_report_in_Playground()
    {
        var ct = TestContext.Current.CancellationToken;
        using var bot = new TraineeBotFactory(useFakeConnector: false);
        var endpoint = bot.StartOnLoopback();
        await DemoProgramme.SeedAsync(bot.Services, ct);
        await using var karin = await AgentsPlayground.StartAsync(endpoint, ct, userConfig: "playground/coordinator.yml");
        await karin.InstallAsync(ct);
        await karin.NextFromBotAsync(m => Shows(m, "TraineeBot"), Patience, ct);

        // 1. Register Sara with a placement at Maria's preschool, on the card.
        var today = StockholmTime.Today(TimeProvider.System);
        var start = today.AddDays(14);
        var end = start.AddMonths(6).AddDays(-1);
        await karin.SendAsync("register", ct);
        var form = await karin.NextFromBotAsync(m => Shows(m, "Register a trainee"), Patience, ct);
        var registered = await karin.ExecuteAsync(MessageId(form), "registration.submit", new JsonObject
        {
            ["name"] = "Sara Nilsson",
            ["email"] = "sara.nilsson@example.se",
            ["birth-year"] = "2005",
            ["workplace"] = "Förskolan Solen",
            ["supervisor"] = "Maria Berg",
            ["supervisor-email"] = "maria.berg@example.se",
            ["kind"] = "internal",
            ["start"] = Iso(start),
            ["end"] = Iso(end),
        }, ct);
        Assert.Contains("Done! Sara Nilsson is registered in your caseload.", InvokeCardText(registered), StringComparison.Ordinal);
        await using (var db = bot.OpenDatabase())
        {
            var sara = await db.Trainees.AsNoTracking().SingleAsync(t => t.Email == "sara.nilsson@example.se", ct);
            var placement = await db.Placements.AsNoTracking().SingleAsync(p => p.TraineeId == sara.Id, ct);
            Assert.Equal((start, end, PlacementKind.Internal), (placement.StartDate, placement.EndDate, placement.Kind));
        }

        // 2. Status in English, then in Swedish.
        await karin.SendAsync("how is Sara doing?", ct);
        var saraCard = await karin.NextFromBotAsync(m => Shows(m, "Sara Nilsson") && Shows(m, "Förskolan Solen"), Patience, ct);
        Assert.Contains(start.ToString("d MMMM", CultureInfo.GetCultureInfo("en-GB")), CardText(saraCard), StringComparison.Ordinal);
        await karin.SendAsync("status", ct);
        var overview = await karin.NextFromBotAsync(m => Shows(m, "4 trainees"), Patience, ct);
        await karin.SendAsync("svenska", ct);
        await karin.NextFromBotAsync(m => Says(m, "svenska"), Patience, ct);
        await karin.SendAsync("hur går det för Amira?", ct);
        var amiraCard = await karin.NextFromBotAsync(m => Shows(m, "Amira Hassan") && Shows(m, "Förskolan Solen") && Shows(m, "Beslut om förlängning"), Patience, ct);
        Assert.NotNull(overview);

        // 3. Maria answers her check-in about Amira with a worry: Karin gets the red flag at once.
        await using (var maria = await AgentsPlayground.StartAsync(endpoint, ct, userConfig: "playground/supervisor.yml"))
        {
            await maria.InstallAsync(ct);
            var checkIn = await maria.NextFromBotAsync(m => Shows(m, "Check-in about your trainee"), Patience, ct);
            Guid checkInId;
            await using (var db = bot.OpenDatabase())
            {
                checkInId = (await db.CheckIns.AsNoTracking().SingleAsync(c => c.Kind == CheckInKinds.Supervisor, ct)).Id;
            }

            var answered = await maria.ExecuteAsync(MessageId(checkIn), "supervisor.submit", new JsonObject
            {
                ["checkInId"] = checkInId.ToString(),
                ["attendance"] = "2", ["punctuality"] = "2", ["tasks"] = "3", ["cooperation"] = "4", ["progress"] = "3",
                ["programme-support"] = "4", ["renewal"] = "yes-with-changes", ["wage-phase"] = "same",
                ["concerns"] = "Amira comes late several days a week.", ["call-me"] = "yes",
            }, ct);
            Assert.Contains("Thank you! Your answer is saved.", InvokeCardText(answered), StringComparison.Ordinal);
        }

        var flag = await karin.NextFromBotAsync(m => Shows(m, "Amira comes late several days a week."), Patience, ct);
        Assert.Contains("Maria Berg", CardText(flag), StringComparison.Ordinal);

        // 4. The renewal decision, from Amira's status card: renew for three months.
        var open = Action(amiraCard, "renewal.open");
        var decision = await karin.ExecuteAsync(MessageId(amiraCard), "renewal.open", open, ct);
        var renew = Action(InvokeCard(decision), "renewal.renew", a => (string?)a["renewMonths"] == "3");
        var renewed = await karin.ExecuteAsync(MessageId(amiraCard), "renewal.renew", renew, ct);
        Assert.Contains("Förlängd", InvokeCardText(renewed), StringComparison.Ordinal);
        await using (var db = bot.OpenDatabase())
        {
            var amira = await db.Trainees.AsNoTracking().SingleAsync(t => t.Name == "Amira Hassan", ct);
            var karinUser = await db.Users.AsNoTracking().SingleAsync(u => u.AadObjectId == DemoProgramme.CoordinatorAadObjectId, ct);
            var recorded = await db.RenewalDecisions.AsNoTracking().SingleAsync(ct);
            Assert.Equal(karinUser.Id, recorded.DecidedByUserId);
            var placement = await db.Placements.AsNoTracking().Include(p => p.ContractPeriods).SingleAsync(p => p.TraineeId == amira.Id, ct);
            Assert.Equal(placement.EndDate, placement.ContractPeriods.Max(p => p.EndDate));
        }

        // 5. The outcome report: the card, and its CSV download through the signed link.
        await karin.SendAsync("utfallsrapport", ct);
        var report = await karin.NextFromBotAsync(m => Shows(m, "Utfall"), Patience, ct);
        using var http = new HttpClient { BaseAddress = new Uri(endpoint.GetLeftPart(UriPartial.Authority)) };
        var csvLinks = Links(report).Where(l => l.Contains("/downloads/", StringComparison.Ordinal)).ToList();
        Assert.True(csvLinks.Count >= 2, string.Join('\n', csvLinks));
        foreach (var link in csvLinks)
        {
            using var download = await http.GetAsync(new Uri(link).PathAndQuery, ct);
            Assert.Equal(200, (int)download.StatusCode);
            Assert.True((await download.Content.ReadAsByteArrayAsync(ct)).Length > 0, link);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MessageId(JsonObject message) => message["messageId"]?.GetValue<string>() ?? message["id"]!.GetValue<string>();

    private static JsonObject InvokeCard(JsonObject response) =>
        (response["value"] ?? response["body"]?["value"]) as JsonObject ?? throw new InvalidOperationException("No card in " + response.ToJsonString());

    private static string InvokeCardText(JsonObject response) => InvokeCard(response).VisibleText();

    private static JsonObject Card(JsonObject message) => message["attachments"]![0]!["content"]!.AsObject();

    private static string CardText(JsonObject message) => Card(message).VisibleText();

    private static bool Shows(JsonObject message, string text) =>
        (message["attachments"] is JsonArray { Count: > 0 } attachments && attachments[0]?["content"] is { } card
            && card.VisibleText().Contains(text, StringComparison.Ordinal))
        || Says(message, text);

    private static bool Says(JsonObject message, string text) =>
        message["text"]?.GetValue<string>() is { } said && said.Contains(text, StringComparison.OrdinalIgnoreCase);

    /// <summary>The data of the first Action.Execute with <paramref name="verb"/> on a message's card or on a card.</summary>
    private static JsonObject Action(JsonObject messageOrCard, string verb, Func<JsonObject, bool>? where = null)
    {
        var card = messageOrCard["attachments"] is JsonArray ? Card(messageOrCard) : messageOrCard;
        return Nodes(card).Where(n => (string?)n["type"] == "Action.Execute" && (string?)n["verb"] == verb)
            .Select(n => (n["data"] as JsonObject)?.DeepClone().AsObject() ?? [])
            .First(d => where?.Invoke(d) ?? true);
    }

    private static IEnumerable<string> Links(JsonObject message) =>
        Nodes(Card(message)).Where(n => (string?)n["type"] == "Action.OpenUrl").Select(n => (string)n["url"]!);

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Nodes(p.Value))),
        JsonArray array => array.SelectMany(Nodes),
        _ => [],
    };
}
