using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Programme;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators.Registration;

/// <summary>
/// A coordinator registers a trainee and their placement on the registration card (Action.Execute): the same checks
/// as a CSV, problems next to their fields with every value kept, and nothing written until all is right.
/// </summary>
public sealed class RegistrationCardTests : IDisposable
{
    private readonly TraineeBotFactory bot = new TraineeBotFactory().With("Outbox:Enabled", "false");

    private static Dictionary<string, object> SaraWithPlacement(string end = "2027-06-30") => new Dictionary<string, object>
    {
        ["name"] = "Sara Nilsson",
        ["email"] = "sara.nilsson@example.se",
        ["birth-year"] = 2005,
        ["gender"] = "kvinna",
        ["department"] = "Kultur- och fritidsförvaltningen",
        ["support-needs"] = "Behöver skriftliga instruktioner",
        ["workplace"] = "Förskolan Solen",
        ["supervisor"] = "Maria Berg",
        ["supervisor-email"] = "maria.berg@example.se",
        ["kind"] = "internal",
        ["start"] = "2027-01-11",
        ["end"] = end,
        ["role"] = "Barnskötare",
    };

    [Fact]
    public async Task A_coordinator_registers_a_trainee_and_a_placement_on_the_card()
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var karin = Conversation.For(bot, f.CoordinatorUser);

        await karin.Install().ExpectCard("welcome")
            .Send("registrera").ExpectCard("coordinator-registration", card => Assert.Contains("Registrera en trainee", card.VisibleText(), StringComparison.Ordinal))
            .ExecuteCard("registration.submit", SaraWithPlacement());

        var shown = Card(karin);
        Assert.Contains("Klart! Sara Nilsson är registrerad i din grupp.", shown.VisibleText(), StringComparison.Ordinal);
        Assert.Contains("Förskolan Solen, intern, 11 januari 2027 – 30 juni 2027", shown.VisibleText(), StringComparison.Ordinal);

        await using var db = bot.OpenDatabase();
        var sara = await db.Trainees.AsNoTracking().SingleAsync(t => t.Email == "sara.nilsson@example.se", ct);
        Assert.Equal(("Sara Nilsson", 2005, "kvinna", f.Coordinator.Id), (sara.Name, sara.BirthYear, sara.Gender, sara.CoordinatorId));
        Assert.Equal("Behöver skriftliga instruktioner", sara.SupportNeeds);
        var placement = await db.Placements.AsNoTracking().Include(p => p.ContractPeriods).SingleAsync(p => p.TraineeId == sara.Id, ct);
        Assert.Equal((f.Workplace.Id, f.Supervisor.Id, PlacementKind.Internal), (placement.WorkplaceId, placement.SupervisorId, placement.Kind));
        Assert.Equal((new DateOnly(2027, 1, 11), new DateOnly(2027, 6, 30)), (placement.StartDate, placement.EndDate));
        Assert.NotEmpty(placement.ContractPeriods);

        // The registered view's button opens the trainee's status card.
        var traineeId = Actions(shown).Single(a => (string?)a["verb"] == "coordinator.trainee")["data"]!["traineeId"]!.GetValue<string>();
        Assert.Equal(sara.Id.ToString(), traineeId);
        await karin.ExecuteCard("coordinator.trainee", new { traineeId });
        Assert.Contains("Sara Nilsson", Card(karin).VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_are_shown_next_to_their_fields_with_every_value_kept_and_nothing_is_written()
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var values = SaraWithPlacement(end: "2028-12-31");
        values["email"] = "sara.nilsson@example";
        var karin = Conversation.For(bot, f.CoordinatorUser);

        await karin.Install().ExpectCard("welcome").Send("registrera").ExpectCard("coordinator-registration")
            .ExecuteCard("registration.submit", values);

        var card = Card(karin);
        Assert.Contains("Något behöver rättas.", card.VisibleText(), StringComparison.Ordinal);
        Assert.Contains("”sara.nilsson@example” är ingen giltig e-postadress", ProblemAfter(card, "email"), StringComparison.Ordinal);
        Assert.Contains("18 månader", ProblemAfter(card, "end"), StringComparison.Ordinal);
        Assert.Equal("Sara Nilsson", Input(card, "name")["value"]!.GetValue<string>());
        Assert.Equal("Förskolan Solen", Input(card, "workplace")["value"]!.GetValue<string>());
        Assert.Equal("2028-12-31", Input(card, "end")["value"]!.GetValue<string>());
        Assert.Equal(2005m, Input(card, "birth-year")["value"]!.GetValue<decimal>());

        await using var db = bot.OpenDatabase();
        Assert.Equal(1, await db.Trainees.CountAsync(ct));
    }

    [Fact]
    public async Task A_missing_name_and_an_email_already_registered_are_refused_on_the_card()
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var karin = Conversation.For(bot, f.CoordinatorUser);
        await karin.Install().ExpectCard("welcome").Send("registrera").ExpectCard("coordinator-registration")
            .ExecuteCard("registration.submit", new Dictionary<string, object> { ["email"] = "sara.nilsson@example.se" });
        Assert.NotNull(ProblemAfter(Card(karin), "name"));

        await karin.ExecuteCard("registration.submit", new Dictionary<string, object> { ["name"] = "Sara Nilsson", ["email"] = "sara.nilsson@example.se" });
        Assert.Contains("Klart! Sara Nilsson är registrerad", Card(karin).VisibleText(), StringComparison.Ordinal);
        Assert.Contains("Ingen traineeplats ännu.", Card(karin).VisibleText(), StringComparison.Ordinal);

        // The same card sent again (a double click, or a replay) registers nobody twice.
        await karin.ExecuteCard("registration.submit", new Dictionary<string, object> { ["name"] = "Sara Nilsson", ["email"] = "SARA.nilsson@example.se" });
        Assert.Contains("redan registrerad", ProblemAfter(Card(karin), "email"), StringComparison.Ordinal);

        await using var db = bot.OpenDatabase();
        Assert.Equal(1, await db.Trainees.CountAsync(t => t.Name == "Sara Nilsson", ct));
    }

    [Fact]
    public async Task A_new_workplace_and_supervisor_are_created_with_the_placement()
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        var values = SaraWithPlacement();
        values["workplace"] = "Biblioteket Tumba";
        values["supervisor"] = "Per Holm";
        values["supervisor-email"] = "per.holm@example.se";
        values["kind"] = "external";
        var karin = Conversation.For(bot, f.CoordinatorUser);

        await karin.Install().ExpectCard("welcome").Send("registrera").ExpectCard("coordinator-registration")
            .ExecuteCard("registration.submit", values);

        var text = Card(karin).VisibleText();
        Assert.Contains("Biblioteket Tumba (ny arbetsplats), extern", text, StringComparison.Ordinal);
        Assert.Contains("Per Holm (ny handledare)", text, StringComparison.Ordinal);
        await using var db = bot.OpenDatabase();
        var per = await db.Supervisors.AsNoTracking().SingleAsync(s => s.Email == "per.holm@example.se", ct);
        Assert.Equal("Biblioteket Tumba", (await db.Workplaces.AsNoTracking().SingleAsync(w => w.Id == per.WorkplaceId, ct)).Name);
    }

    [Fact]
    public async Task In_English_a_sentence_with_name_and_email_prefills_the_card()
    {
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);

        await Conversation.For(bot, f.CoordinatorUser with { Locale = "en-GB" }).Install().ExpectCard("welcome")
            .Send("register Sara Nilsson sara.nilsson@example.se").ExpectCard("coordinator-registration", card =>
            {
                Assert.Contains("Register a trainee", card.VisibleText(), StringComparison.Ordinal);
                Assert.Equal("Sara Nilsson", Input(card, "name")["value"]!.GetValue<string>());
                Assert.Equal("sara.nilsson@example.se", Input(card, "email")["value"]!.GetValue<string>());
                Assert.Equal("E-mail (as in Teams) *", Input(card, "email")["label"]!.GetValue<string>());
            });
    }

    [Fact]
    public async Task Trainees_and_supervisors_cannot_register_anyone()
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);

        var maria = Conversation.For(bot, f.SupervisorUser);
        await maria.Install().Send("registrera").ExecuteCard("registration.submit", SaraWithPlacement());
        Assert.Equal(403, maria.LastInvokeResponse!["statusCode"]!.GetValue<int>());
        var amira = Conversation.For(bot, f.TraineeUser);
        await amira.Install().ExecuteCard("registration.submit", SaraWithPlacement());
        Assert.Equal(403, amira.LastInvokeResponse!["statusCode"]!.GetValue<int>());

        await using var db = bot.OpenDatabase();
        Assert.False(await db.Trainees.AnyAsync(t => t.Email == "sara.nilsson@example.se", ct));
    }

    public void Dispose() => bot.Dispose();

    private static JsonObject Card(Conversation conversation)
    {
        var response = conversation.LastInvokeResponse ?? throw new InvalidOperationException("No invoke response.");
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]?.GetValue<string>());
        return response["value"]!.AsObject();
    }

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Nodes(p.Value))),
        JsonArray array => array.SelectMany(Nodes),
        _ => [],
    };

    private static IEnumerable<JsonObject> Actions(JsonObject card) => Nodes(card).Where(n => (string?)n["type"] == "Action.Execute");

    private static JsonObject Input(JsonObject card, string id) =>
        Nodes(card).Single(n => (string?)n["id"] == id && ((string?)n["type"])!.StartsWith("Input.", StringComparison.Ordinal));

    /// <summary>The problem text right after the input (in the same container), or null.</summary>
    private static string? ProblemAfter(JsonObject card, string id)
    {
        var container = Nodes(card).Single(n => n["items"] is JsonArray items && items.Any(i => (string?)i?["id"] == id));
        var items = container["items"]!.AsArray();
        var at = items.Select((item, index) => (item, index)).Single(x => (string?)x.item?["id"] == id).index;
        return at + 1 < items.Count && (string?)items[at + 1]!["color"] == "Attention" ? (string?)items[at + 1]!["text"] : null;
    }
}
