using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Programme;
using TraineeBot.Testing;
using TraineeBot.Testing.Browser;

namespace TraineeBot.EndToEndTests.Browser;

/// <summary>
/// The demo trainee Amira (playground/trainee.yml) in Agents Playground's own web UI, in headless Chromium: opening
/// the UI installs the app, the consent card is rendered by Playground's Adaptive Card renderer, she clicks
/// "Yes, I agree" (Action.Submit) and the bot's answer appears in the chat. Screenshots before and after are saved
/// under <c>TestResults/screenshots</c>. Needs Debian's <c>chromium</c> (.ci/run installs it); fails without it.
/// </summary>
/// <remarks>
/// What Playground's UI (0.2.28) supports, found with a throw-away bot that sent such cards:
/// <list type="bullet">
/// <item>Action.Execute: yes. Clicking posts <c>/_conversation/v1/invoke</c>, the bot gets an <c>adaptiveCard/action</c>
/// invoke with <c>value.action = {type, title, verb, data}</c> (data merged with the inputs, every value a string;
/// no <c>trigger</c> field), and a response <c>{statusCode: 200, type: "application/vnd.microsoft.card.adaptive",
/// value: card}</c> replaces the card in place, with "Your response was sent to the app" under it. A response of
/// type <c>application/vnd.microsoft.activity.message</c> shows its text under the card instead.</item>
/// <item>refresh: no. A card with <c>refresh</c> (with or without <c>userIds</c>) is shown as sent, with "User specific
/// view is not supported yet in Microsoft 365 Agents playground"; no automatic invoke (<c>trigger: "automatic"</c>) is
/// sent. Test a refresh-driven card's base body in the browser, and the refresh invoke over the API.</item>
/// <item>Required inputs are validated in the page: a click with an empty required input shows its errorMessage
/// and sends nothing.</item>
/// </list>
/// </remarks>
public sealed class BrowserConsentTests
{
    [Fact]
    public async Task A_trainee_gives_consent_by_clicking_the_card_in_Playgrounds_web_UI()
    {
        var ct = TestContext.Current.CancellationToken;
        using var bot = new TraineeBotFactory(useFakeConnector: false);
        var endpoint = bot.StartOnLoopback();
        await DemoProgramme.SeedAsync(bot.Services, ct);
        await using var playground = await AgentsPlayground.StartAsync(endpoint, ct, userConfig: "playground/trainee.yml");

        // Opening the UI installs the app: the bot greets Amira with the consent card.
        await using var browser = await PlaygroundBrowser.OpenAsync(playground, ct);
        var consent = await browser.WaitForCardAsync("Is it OK that I store your answers");
        Assert.Contains("Your supervisor at the workplace does not see your check-in answers.", await consent.TextAsync(), StringComparison.Ordinal);
        await consent.ScreenshotAsync("1-consent-card");

        var click = await consent.ClickAsync("Yes, I agree");
        Assert.Equal(CardActionKind.Submit, click.Kind);
        Assert.Equal("consent.give", click.Data?["verb"]?.GetValue<string>());

        await browser.WaitForBotMessageAsync("Thank you! Now we can start.");
        await consent.WaitUntilShowsAsync("You said yes on");
        await browser.ScreenshotAsync("2-after-consent");

        await using var db = bot.OpenDatabase();
        var amira = await db.Trainees.AsNoTracking().SingleAsync(t => t.Name == "Amira Hassan", ct);
        var consented = await db.Consents.AsNoTracking().SingleAsync(ct);
        Assert.Equal(ConsentDecision.Given, consented.Decision);
        Assert.Equal(amira.UserId, consented.UserId);
    }
}
