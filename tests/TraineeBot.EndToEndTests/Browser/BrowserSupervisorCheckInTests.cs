using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Programme;
using TraineeBot.Testing;
using TraineeBot.Testing.Browser;

namespace TraineeBot.EndToEndTests.Browser;

/// <summary>
/// The demo supervisor Maria (playground/supervisor.yml) answers her check-in card about Amira in Agents Playground's
/// real web UI in headless Chromium: the card is filled in and sent with Action.Execute, and the invoke's card replaces
/// it with the "answered" view. Screenshots before and after are saved (TestResults/screenshots). Playground shows
/// cards with <c>refresh</c> as sent (it does not do universal actions' automatic refresh), which the integration
/// tests cover through the API.
/// </summary>
public sealed class BrowserSupervisorCheckInTests
{
    [Fact]
    public async Task A_supervisor_fills_in_the_check_in_card_in_Playgrounds_web_UI_and_it_turns_into_the_answered_view()
    {
        var ct = TestContext.Current.CancellationToken;
        using var bot = new TraineeBotFactory(useFakeConnector: false);
        var endpoint = bot.StartOnLoopback();
        await DemoProgramme.SeedAsync(bot.Services, ct);
        await using var playground = await AgentsPlayground.StartAsync(endpoint, ct, userConfig: "playground/supervisor.yml");
        await using var browser = await PlaygroundBrowser.OpenAsync(playground, ct);
        // The introduction was queued with the placement; it arrives when she installs (in the language known then).
        await browser.WaitForCardAsync("Amira Hassan");
        await browser.SendAsync("english");
        await browser.WaitForBotMessageAsync("I will write in English");

        // The scheduled card, queued now instead of mid-period.
        Guid maria, amira;
        await using (var db = bot.OpenDatabase())
        {
            maria = (await db.Supervisors.AsNoTracking().SingleAsync(s => s.Name.StartsWith("Maria"), ct)).UserId;
            amira = (await db.Trainees.AsNoTracking().SingleAsync(t => t.Name == "Amira Hassan", ct)).UserId;
        }

        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var data = new JsonObject { ["subjectUserId"] = amira.ToString() };
            await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(new OutboxRequest(
                "browser-test:supervisor-checkin", maria, OutboxKinds.Card,
                new JsonObject { ["template"] = CheckInKinds.Supervisor, ["data"] = data }.ToJsonString(), bot.Services.GetRequiredService<TimeProvider>().GetUtcNow()), ct);
        }

        var card = await browser.WaitForCardAsync("Check-in about your trainee");
        await card.ChooseAsync("Attendance", "4 – Good");
        await card.ChooseAsync("Punctuality", "5 – Very good");
        await card.ChooseAsync("Does the tasks", "4 – Good");
        await card.ChooseAsync("Cooperation", "4 – Good");
        await card.ChooseAsync("Progress since last time", "3 – OK");
        await card.ChooseAsync("Do you recommend renewing the contract?", "Yes");
        await card.ChooseAsync("Do you want the coordinator to call you?", "No");
        await card.ScreenshotAsync("1-supervisor-checkin-filled-in");

        var click = await card.ClickAsync("Send");
        Assert.Equal(CardActionKind.Execute, click.Kind);
        Assert.Equal("supervisor.submit", click.Verb);

        var answered = await card.WaitUntilShowsAsync("Thank you! Your answer is saved.");
        Assert.Contains("Attendance", await answered.TextAsync(), StringComparison.Ordinal);
        await answered.ScreenshotAsync("2-supervisor-checkin-answered");

        await using var check = bot.OpenDatabase();
        var checkIn = await check.CheckIns.AsNoTracking().SingleAsync(c => c.Kind == CheckInKinds.Supervisor, ct);
        Assert.Equal(CheckInStatus.Answered, checkIn.Status);
        Assert.Equal(4, JsonNode.Parse(checkIn.AnswersJson!)!["attendance"]!.GetValue<int>());
    }
}
