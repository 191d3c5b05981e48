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
/// The demo supervisor Maria (playground/supervisor.yml) answers her check-in card and a certificate request about
/// Amira in Agents Playground's real web UI in headless Chromium: each card is filled in and sent with Action.Execute,
/// and the invoke's card replaces it with the "answered" view. Screenshots before and after are saved (TestResults/screenshots). Playground shows
/// cards with <c>refresh</c> as sent (it does not do universal actions' automatic refresh), which the integration
/// tests cover through the API.
/// </summary>
public sealed class BrowserSupervisorCheckInTests
{
    [Fact]
    public async Task A_supervisor_answers_a_check_in_and_a_certificate_request_in_Playgrounds_web_UI()
    {
        var ct = TestContext.Current.CancellationToken;
        using var bot = new TraineeBotFactory(useFakeConnector: false);
        var endpoint = bot.StartOnLoopback();
        await DemoProgramme.SeedAsync(bot.Services, ct);
        await using var playground = await AgentsPlayground.StartAsync(endpoint, ct, userConfig: "playground/supervisor.yml");
        await using var browser = await PlaygroundBrowser.OpenAsync(playground, ct);

        // The introduction was queued with the placement and the demo's check-in card with it: both arrive on install,
        // in the language of Playground's client.
        await browser.WaitForCardAsync("You are the supervisor of Amira Hassan");
        var card = await browser.WaitForCardAsync("Check-in about your trainee");
        // Playground renders the card again to add its note about refresh; fill it in after that.
        await RefreshNoteAsync(browser, 1);
        await card.ChooseAsync("Attendance", "4 – Good");
        await card.ChooseAsync("Punctuality", "5 – Very good");
        await card.ChooseAsync("Does the tasks", "4 – Good");
        await card.ChooseAsync("Cooperation", "4 – Good");
        await card.ChooseAsync("Progress since last time", "3 – OK");
        await card.ChooseAsync("Support from the coordinator", "5 – Very good");
        await card.ChooseAsync("Do you recommend renewing the contract?", "Yes");
        await card.ChooseAsync("Do you want the coordinator to call you?", "No");
        await card.ScreenshotAsync("1-supervisor-checkin-filled-in");

        var click = await card.ClickAsync("Send");
        Assert.Equal(CardActionKind.Execute, click.Kind);
        Assert.Equal("supervisor.submit", click.Verb);

        var answered = await card.WaitUntilShowsAsync("Thank you! Your answer is saved.");
        Assert.Contains("Attendance", await answered.TextAsync(), StringComparison.Ordinal);
        await answered.ScreenshotAsync("2-supervisor-checkin-answered");
        await using (var db = bot.OpenDatabase())
        {
            var checkIn = await db.CheckIns.AsNoTracking().SingleAsync(c => c.Kind == CheckInKinds.Supervisor, ct);
            Assert.Equal(CheckInStatus.Answered, checkIn.Status);
            Assert.Equal(4, JsonNode.Parse(checkIn.AnswersJson!)!["attendance"]!.GetValue<int>());
        }

        // The certificate request, as its schedule sends it two working weeks before the end (queued now).
        await QueueCardAsync(bot, CheckInKinds.Certificate, ct);
        var certificate = await browser.WaitForCardAsync("Input for the certificate");
        await RefreshNoteAsync(browser, 2);
        await certificate.FillAsync("Tasks the trainee has done", "Play and circle time with the children, setting tables.");
        await certificate.FillAsync("What the trainee is good at", "Patient and warm with the children.");
        await certificate.FillAsync("Hours per week", "37.5");
        await certificate.FillAsync("Reference (optional)", "Amira has been an asset to the preschool.");
        await certificate.ScreenshotAsync("3-certificate-filled-in");
        var sent = await certificate.ClickAsync("Send");
        Assert.Equal("supervisor.submit", sent.Verb);
        await certificate.WaitUntilShowsAsync("Thank you! Your answer is saved.");
        await certificate.ScreenshotAsync("4-certificate-answered");

        await using var check = bot.OpenDatabase();
        var input = await check.CheckIns.AsNoTracking().SingleAsync(c => c.Kind == CheckInKinds.Certificate, ct);
        Assert.Equal(37.5m, JsonNode.Parse(input.AnswersJson!)!["hours-per-week"]!.GetValue<decimal>());
        // The coordinator's draft certificate is queued for Karin.
        Assert.True(await check.OutboxMessages.AsNoTracking().AnyAsync(m => m.IdempotencyKey.StartsWith("certificate:" + input.Id), ct));
    }

    /// <summary>Waits until Playground shows its "user specific view" note under <paramref name="count"/> cards.</summary>
    private static async Task RefreshNoteAsync(PlaygroundBrowser browser, int count) =>
        await browser.Page.GetByText("User specific view is not supported").Nth(count - 1).WaitForAsync(new() { Timeout = 20_000 });

    /// <summary>Queues a supervisor card about Amira for Maria, as a schedule would.</summary>
    private static async Task QueueCardAsync(TraineeBotFactory bot, string template, CancellationToken ct)
    {
        Guid maria, amira;
        await using (var db = bot.OpenDatabase())
        {
            maria = (await db.Supervisors.AsNoTracking().SingleAsync(s => s.Name == "Maria Berg", ct)).UserId;
            amira = (await db.Trainees.AsNoTracking().SingleAsync(t => t.Name == "Amira Hassan", ct)).UserId;
        }

        await using var scope = bot.Services.CreateAsyncScope();
        var data = new JsonObject { ["subjectUserId"] = amira.ToString() };
        await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(new OutboxRequest(
            $"browser-test:{template}", maria, OutboxKinds.Card, new JsonObject { ["template"] = template, ["data"] = data }.ToJsonString(),
            bot.Services.GetRequiredService<TimeProvider>().GetUtcNow()), ct);
    }
}
