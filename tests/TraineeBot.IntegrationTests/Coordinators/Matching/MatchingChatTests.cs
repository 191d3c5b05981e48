using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Matching;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Outbox;
using TraineeBot.IntegrationTests.Supervisors;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators.Matching;

/// <summary>
/// A coordinator registers an open placement by message, asks for suggestions and sees only their own caseload's
/// trainees without a placement and with a completed inventory, with the reasons; another coordinator pressing the
/// same buttons is refused and sees nothing. Through the real app on a real SQLite file.
/// </summary>
public sealed class MatchingChatTests
{
    private const string Fits = """{"areas":["preschool"],"hours":30,"travel":"long","languages":["swedish","arabic"]}""";
    private const string TooFar = """{"areas":["preschool","kitchen"],"hours":20,"travel":"short","languages":["swedish"]}""";
    private const string NothingFits = """{"areas":["it"],"hours":10,"travel":"near","languages":["english"]}""";

    [Fact]
    public async Task A_coordinator_registers_an_opening_and_gets_only_their_own_unplaced_inventoried_trainees_with_reasons_in_Swedish()
    {
        await using var bed = await SupervisorBed.NewAsync(installSupervisor: false);
        var karin = bed.Programme.Coordinator.Id;
        // Amira (Karin's) has a planned placement: not suggested even though her inventory fits.
        await InventoryAsync(bed.Bot, bed.Programme.Trainee.Id, Fits);
        var ahmed = await TraineeAsync(bed.Bot, "Ahmed Yusuf", karin, Fits);
        var sara = await TraineeAsync(bed.Bot, "Sara Ali", karin, TooFar);
        await TraineeAsync(bed.Bot, "Nora Lund", karin, inventory: null);
        await TraineeAsync(bed.Bot, "Leo Kim", karin, NothingFits);
        var other = await ProgrammeData.AddAsync(bed.Bot.Services, traineeName: "Elin Svensson", placementMonths: 0);
        await InventoryAsync(bed.Bot, other.Trainee.Id, Fits);
        await WorkplaceAsync(bed.Bot, "Förskolan Regnbågen");

        await Conversation.For(bed.Bot, bed.Coordinator).ExpectCard("welcome")
            .Send("ny plats Förskolan Regnbågen; förskola; 30 deltid ok; Tumba 45 min; arabiska").ExpectReply("Platsen är registrerad.")
            .ExpectCard("opening", card =>
            {
                Assert.Contains("Ny ledig plats: Förskolan Regnbågen", card.VisibleText(), StringComparison.Ordinal);
                Assert.Contains("förskola · intern · 30 tim/vecka (deltid ok) · Tumba (ca 45 min) · från 23 november", card.VisibleText(), StringComparison.Ordinal);
                Assert.Contains("Språk: arabiska", card.VisibleText(), StringComparison.Ordinal);
            })
            .Send("ny plats Bageriet; förskola; 30; Tumba").ExpectReplyContaining("Jag hittar ingen arbetsplats som heter ”Bageriet”.")
            .Send("ny plats Förskolan Regnbågen; bilverkstad; 30; Tumba").ExpectReplyContaining("Jag känner inte igen området ”bilverkstad”.")
            .Send("lediga platser").ExpectCard("opening", card => Assert.Contains("Lediga platser (1)", card.VisibleText(), StringComparison.Ordinal))
            .Send("förslag för Ahmed").ExpectCard("matching-suggestions", card =>
            {
                var text = card.VisibleText();
                Assert.Contains("Lediga platser för Ahmed Yusuf", text, StringComparison.Ordinal);
                Assert.Contains("Förskolan Regnbågen", text, StringComparison.Ordinal);
                Assert.Contains("Talar arabiska ✓", text, StringComparison.Ordinal);
            })
            .Send("matcha Amira").ExpectReply("Amira Hassan har redan en traineeplats, aktiv eller planerad.")
            .Send("förslag för Nora").ExpectReply("Nora Lund har inte gjort intresseinventeringen än, så jag kan inte matcha.")
            .Send("förslag för Elin").ExpectReply("Jag hittar ingen som heter ”Elin” i din grupp.")
            .ExpectNothingMore();

        var opening = await OpeningAsync(bed.Bot);
        var (status, suggested) = await bed.ExecuteAsync(bed.Coordinator, "matching.suggest", Id(opening));

        Assert.Equal(HttpStatusCode.OK, status);
        var shown = suggested["value"]!.VisibleText();
        Assert.Contains("Förslag till Förskolan Regnbågen", shown, StringComparison.Ordinal);
        Assert.Contains("1. Ahmed Yusuf · 9 av 9 poäng", shown, StringComparison.Ordinal);
        Assert.Contains("2. Sara Ali · 6 av 9 poäng", shown, StringComparison.Ordinal);
        Assert.Contains("Kan arbeta 20 tim/vecka, platsen har 30 men deltid går bra ✓", shown, StringComparison.Ordinal);
        Assert.Contains("Kan resa upp till 30 min, platsen är i Tumba (ca 45 min) ✗", shown, StringComparison.Ordinal);
        Assert.Contains("Du bestämmer. Förslagen skapar ingen traineeplats.", shown, StringComparison.Ordinal);
        foreach (var absent in new[] { "Amira Hassan", "Nora Lund", "Leo Kim", "Elin Svensson" })
        {
            Assert.DoesNotContain(absent, shown, StringComparison.Ordinal);
        }

        // The button on a suggestion opens the trainee's status card (the coordinator decides; nothing is created).
        var button = FindExecute(suggested["value"]!.AsObject(), "coordinator.trainee");
        Assert.Equal(ahmed.ToString(), button["data"]!["traineeId"]!.GetValue<string>());
        var (_, ahmedStatus) = await bed.ExecuteAsync(bed.Coordinator, "coordinator.trainee", button["data"]!.DeepClone().AsObject());
        Assert.Contains("Ahmed Yusuf", ahmedStatus["value"]!.VisibleText(), StringComparison.Ordinal);
        Assert.Contains("Ingen traineeplats än", ahmedStatus["value"]!.VisibleText(), StringComparison.Ordinal);
        await using (var db = bed.Bot.OpenDatabase())
        {
            Assert.False(await db.Placements.AnyAsync(p => p.TraineeId == ahmed || p.TraineeId == sara, TestContext.Current.CancellationToken));
        }

        var (_, withdrawn) = await bed.ExecuteAsync(bed.Coordinator, "matching.withdraw", Id(opening));
        Assert.Equal("Platsen på Förskolan Regnbågen är tillbakadragen.", withdrawn["value"]!.GetValue<string>());
        var (_, gone) = await bed.ExecuteAsync(bed.Coordinator, "matching.suggest", Id(opening));
        Assert.Equal(404, gone["statusCode"]!.GetValue<int>());
        Assert.Equal(OpeningStatus.Withdrawn, (await OpeningEntityAsync(bed.Bot, opening)).Status);
    }

    [Fact]
    public async Task Another_coordinator_pressing_the_first_ones_buttons_is_refused_and_sees_nothing()
    {
        await using var bed = await SupervisorBed.NewAsync(installSupervisor: false);
        var ahmed = await TraineeAsync(bed.Bot, "Ahmed Yusuf", bed.Programme.Coordinator.Id, Fits);
        var other = await ProgrammeData.AddAsync(bed.Bot.Services, traineeName: "Elin Svensson", placementMonths: 0);
        await InventoryAsync(bed.Bot, other.Trainee.Id, Fits);
        await WorkplaceAsync(bed.Bot, "Förskolan Regnbågen");
        await Conversation.For(bed.Bot, bed.Coordinator).ExpectCard("welcome")
            .Send("ny plats Förskolan Regnbågen; förskola; 30; Tumba 45 min").ExpectReply("Platsen är registrerad.").ExpectCard("opening");
        var opening = await OpeningAsync(bed.Bot);

        var transcript = new List<string>();
        foreach (var (verb, data) in new[] { ("matching.suggest", Id(opening)), ("matching.withdraw", Id(opening)), ("coordinator.trainee", new JsonObject { ["traineeId"] = ahmed.ToString() }) })
        {
            var (_, refused) = await bed.ExecuteAsync(other.CoordinatorUser, verb, data);
            Assert.Equal(404, refused["statusCode"]!.GetValue<int>());
            transcript.Add(refused.ToJsonString());
        }

        // Nor can a trainee or anyone else press them.
        var (_, trainee) = await bed.ExecuteAsync(bed.Programme.TraineeUser, "matching.suggest", Id(opening));
        Assert.Equal(404, trainee["statusCode"]!.GetValue<int>());
        var b = Conversation.For(bed.Bot, other.CoordinatorUser).Install().ExpectCard("welcome");
        foreach (var question in new[] { "lediga platser", "förslag för Ahmed", "förslag för Elin" })
        {
            _ = b.Send(question).ExpectReply(reply => transcript.Add((reply.Text ?? string.Empty) + (reply.Attachments is { Count: > 0 } ? reply.Card().VisibleText() : string.Empty)));
        }

        await b;
        Assert.All(transcript, answer =>
        {
            Assert.DoesNotContain("Ahmed Yusuf", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("Regnbågen", answer, StringComparison.Ordinal);
        });
        Assert.Contains(transcript, answer => answer.Contains("Lediga platser (0)", StringComparison.Ordinal));
        Assert.Contains(transcript, answer => answer.Contains("Ingen av dina lediga platser passar Elin Svensson.", StringComparison.Ordinal));
        Assert.Equal(OpeningStatus.Open, (await OpeningEntityAsync(bed.Bot, opening)).Status);
    }

    [Fact]
    public async Task An_English_coordinator_registers_an_opening_and_gets_suggestions_with_English_reasons()
    {
        await using var bot = OutboxTestBed.NewBot();
        var programme = await ProgrammeData.AddAsync(bot.Services, placementMonths: 0);
        await InventoryAsync(bot, programme.Trainee.Id, TooFar);
        var coordinator = programme.CoordinatorUser with { Locale = "en-US" };

        await Conversation.For(bot, coordinator)
            .Send("new external opening Förskolan Solen; preschool; 30 part-time ok; Tumba 45 min").ExpectCard("welcome").ExpectReply("The opening is registered.")
            .ExpectCard("opening", card => Assert.Contains("preschool · external · 30 h/week (part-time ok) · Tumba (about 45 min) · from 23 November", card.VisibleText(), StringComparison.Ordinal))
            .Send("open placements").ExpectCard("opening", card => Assert.Contains("Open placements (1)", card.VisibleText(), StringComparison.Ordinal))
            .Send("suggestions for Amira").ExpectCard("matching-suggestions", card =>
            {
                Assert.Contains("Open placements for Amira Hassan", card.VisibleText(), StringComparison.Ordinal);
                Assert.Contains("Can travel up to 30 min, the opening is in Tumba (about 45 min) ✗", card.VisibleText(), StringComparison.Ordinal);
            })
            .ExpectNothingMore();

        var opening = await OpeningAsync(bot);
        var response = await bot.CreateClient().PostActivityAsync(Activities.CardAction(coordinator, "matching.suggest", Id(opening)), cancellationToken: TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        var text = body["value"]!.VisibleText();
        Assert.Contains("Suggestions for Förskolan Solen", text, StringComparison.Ordinal);
        Assert.Contains("1. Amira Hassan · 6 of 8 points", text, StringComparison.Ordinal);
        Assert.Contains("Wants to work in preschool ✓", text, StringComparison.Ordinal);
        Assert.Contains("Can work 20 h/week, the opening has 30 but part-time is fine ✓", text, StringComparison.Ordinal);
        Assert.Contains("You decide. The suggestions create no placement.", text, StringComparison.Ordinal);
    }

    private static JsonObject Id(Guid openingId) => new() { ["openingId"] = openingId.ToString() };

    private static async Task<Guid> OpeningAsync(TraineeBotFactory bot)
    {
        await using var db = bot.OpenDatabase();
        return (await db.Openings.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).Id;
    }

    private static async Task<Opening> OpeningEntityAsync(TraineeBotFactory bot, Guid id)
    {
        await using var db = bot.OpenDatabase();
        return await db.Openings.AsNoTracking().SingleAsync(o => o.Id == id, TestContext.Current.CancellationToken);
    }

    private static async Task<Guid> TraineeAsync(TraineeBotFactory bot, string name, Guid coordinatorId, string? inventory)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var trainee = await scope.ServiceProvider.GetRequiredService<IProgramme>().RegisterTraineeAsync(
            new NewTrainee(new NewPerson(name, null, Guid.NewGuid().ToString()), coordinatorId), TestContext.Current.CancellationToken);
        if (inventory is not null)
        {
            await InventoryAsync(bot, trainee.Id, inventory);
        }

        return trainee.Id;
    }

    private static async Task WorkplaceAsync(TraineeBotFactory bot, string name)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IProgramme>().RegisterWorkplaceAsync(new NewWorkplace(name), TestContext.Current.CancellationToken);
    }

    /// <summary>A completed interest inventory, as the intake's end action stores it.</summary>
    private static async Task InventoryAsync(TraineeBotFactory bot, Guid traineeId, string answersJson)
    {
        await using var db = bot.OpenDatabase();
        db.InterestProfiles.Add(new InterestProfile
        {
            Id = Guid.NewGuid(),
            TraineeId = traineeId,
            AnswersJson = answersJson,
            SuggestionsJson = "[]",
            ConfirmedUtc = bot.Clock!.GetUtcNow(),
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static JsonObject FindExecute(JsonNode node, string verb) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb => o,
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().Select(n => TryFind(n, verb)).FirstOrDefault(n => n is not null)
            ?? throw new InvalidOperationException($"No {verb} button"),
        JsonArray a => a.OfType<JsonNode>().Select(n => TryFind(n, verb)).FirstOrDefault(n => n is not null) ?? throw new InvalidOperationException($"No {verb} button"),
        _ => throw new InvalidOperationException($"No {verb} button"),
    };

    private static JsonObject? TryFind(JsonNode node, string verb)
    {
        try
        {
            return FindExecute(node, verb);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
