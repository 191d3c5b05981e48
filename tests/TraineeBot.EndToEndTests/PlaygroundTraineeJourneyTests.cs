using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Programme;
using TraineeBot.Testing;
using static TraineeBot.Testing.PlaygroundMessages;

namespace TraineeBot.EndToEndTests;

/// <summary>
/// The demo trainee Amira (playground/trainee.yml) through Agents Playground: install → consent card → "Yes, I agree"
/// (an Action.Submit from a real client) → the interest inventory → the summary → her profile and suggested work areas.
/// </summary>
public sealed class PlaygroundTraineeJourneyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_trainee_gives_consent_and_answers_the_interest_inventory_in_Playground()
    {
        var ct = TestContext.Current.CancellationToken;
        using var bot = new TraineeBotFactory(useFakeConnector: false);
        var endpoint = bot.StartOnLoopback();
        await DemoProgramme.SeedAsync(bot.Services, ct);
        await using var playground = await AgentsPlayground.StartAsync(endpoint, ct, userConfig: "playground/trainee.yml");

        await playground.InstallAsync(ct);
        var consent = await playground.NextFromBotAsync(m => Shows(m, "Is it OK that I store your answers"), Patience, ct);
        Assert.Contains("Your supervisor at the workplace does not see your check-in answers.", CardText(consent), StringComparison.Ordinal);
        await playground.SubmitAsync(consent["messageId"]!.GetValue<string>(), new JsonObject { ["verb"] = "consent.give" }, ct);
        await playground.NextFromBotAsync(m => Says(m, "Thank you! Now we can start."), Patience, ct);

        // Consent given: the interest inventory starts by itself.
        (string Question, string Answer)[] steps =
        [
            ("What do you like to do?", "children and playing games"),
            ("What have you done before?", "I finished upper secondary school"),
            ("What are you good at?", "being patient with kids"),
            ("Is there anything you do not want to work with?", "no"),
            ("How many hours a week can you work?", "30"),
            ("How far can you travel to work?", "up to one hour"),
            ("Do you have health needs you want to tell us about?", "no"),
            ("Which languages do you speak?", "1, 2, 3"),
            ("Do you have a driving licence for a car?", "no"),
            ("Where would you most like to work?", "1, 4"),
        ];
        foreach (var (question, answer) in steps)
        {
            await playground.NextFromBotAsync(m => Shows(m, question), Patience, ct);
            await playground.SendAsync(answer, ct);
        }

        var summary = await playground.NextFromBotAsync(m => Shows(m, "Here are your answers."), Patience, ct);
        Assert.Contains("Preschool", CardText(summary), StringComparison.Ordinal);
        await playground.SendAsync("yes", ct);
        await playground.NextFromBotAsync(m => Says(m, "Thank you! Your answers are saved."), Patience, ct);

        await using var db = bot.OpenDatabase();
        var profile = await db.InterestProfiles.AsNoTracking().SingleAsync(ct);
        var amira = await db.Trainees.AsNoTracking().SingleAsync(t => t.Name == "Amira Hassan", ct);
        Assert.Equal(amira.Id, profile.TraineeId);
        Assert.StartsWith("[{\"rank\":1,\"area\":\"preschool\"", profile.SuggestionsJson, StringComparison.Ordinal);
        var consented = await db.Consents.AsNoTracking().SingleAsync(ct);
        Assert.Equal(ConsentDecision.Given, consented.Decision);
        Assert.Equal(amira.UserId, consented.UserId);
    }
}
