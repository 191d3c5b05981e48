using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace TraineeBot.Testing.Browser;

/// <summary>
/// Agents Playground's own web UI (same port as its API) in headless Chromium, on the personal chat: what a person
/// sees and clicks. Opening the UI installs the app by itself (the page posts
/// <c>/_debug/conversation/{chat}/installation</c> on every load), so do not call
/// <see cref="AgentsPlayground.InstallAsync"/> before <see cref="OpenAsync(AgentsPlayground, CancellationToken)"/>.
/// Every wait is on DOM state with a timeout; a timeout fails with the chat's text and saves a screenshot.
/// </summary>
/// <remarks>
/// What the UI (0.2.28) does with cards: Action.Submit posts <c>/_conversation/v1/submit</c> (the bot gets a message
/// activity with the data and the inputs); Action.Execute posts <c>/_conversation/v1/invoke</c>
/// (<c>adaptiveCard/action</c>, no <c>trigger</c> field) and replaces the card with the invoke response's card, with
/// "Your response was sent to the app" under it. Required inputs are checked before anything is sent. A card with
/// <c>refresh</c> is shown as sent (its body), with "User specific view is not supported yet": no automatic invoke.
/// Inputs get generated DOM ids (<c>__ac-…</c>), not the card's ids: they are found by their label (or placeholder);
/// a card's input id is turned into its label through the card's JSON.
/// </remarks>
public sealed class PlaygroundBrowser : IAsyncDisposable
{
    /// <summary>A message in the chat pane (the bot's and the user's): the element holding its header and body.</summary>
    internal const string MessageSelector = "div:has(> [aria-label='Message header'])";

    private const string BotMessageSelector = "div:has(> [aria-label='Message header'] [aria-label='Message author'])";
    private const string ComposeBoxSelector = "[contenteditable='true'][role='textbox']";

    private readonly ChromiumBrowser? ownedChromium;
    private readonly IBrowserContext context;
    private int failures;

    private PlaygroundBrowser(AgentsPlayground playground, IBrowserContext context, IPage page, ChromiumBrowser? ownedChromium)
    {
        Playground = playground;
        this.context = context;
        Page = page;
        this.ownedChromium = ownedChromium;
    }

    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(20);

    public AgentsPlayground Playground { get; }

    /// <summary>The Playwright page, for anything the helper does not cover.</summary>
    public IPage Page { get; }

    /// <summary>Launches Chromium for this page alone (closed on dispose) and opens the UI.</summary>
    public static async Task<PlaygroundBrowser> OpenAsync(AgentsPlayground playground, CancellationToken cancellationToken)
    {
        var chromium = await ChromiumBrowser.LaunchAsync(cancellationToken);
        try
        {
            return await OpenAsync(playground, chromium, ownsChromium: true, cancellationToken);
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens the UI in a new context of a shared <paramref name="chromium"/> (e.g. one per test class).</summary>
    public static Task<PlaygroundBrowser> OpenAsync(AgentsPlayground playground, ChromiumBrowser chromium, CancellationToken cancellationToken) =>
        OpenAsync(playground, chromium, ownsChromium: false, cancellationToken);

    private static async Task<PlaygroundBrowser> OpenAsync(AgentsPlayground playground, ChromiumBrowser chromium, bool ownsChromium,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(playground);
        ArgumentNullException.ThrowIfNull(chromium);
        var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)DefaultTimeout.TotalMilliseconds);
        var browser = new PlaygroundBrowser(playground, context, page, ownsChromium ? chromium : null);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            await browser.LoadAsync();
            return browser;
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    private async Task LoadAsync()
    {
        // The page parses a 9 MB bundle before it asks for anything: on two busy cores that takes several seconds.
        var loadTimeout = (float)TimeSpan.FromSeconds(60).TotalMilliseconds;
        var installPath = $"/_debug/conversation/{Playground.PersonalChatId}/installation";
        try
        {
            var installed = await Page.RunAndWaitForResponseAsync(
                () => Page.GotoAsync($"http://127.0.0.1:{Playground.Port}/", new PageGotoOptions { WaitUntil = WaitUntilState.Commit }),
                response => response.Request.Method == "POST" && Uri.UnescapeDataString(new Uri(response.Url).AbsolutePath) == installPath,
                new PageRunAndWaitForResponseOptions { Timeout = loadTimeout });
            if (!installed.Ok)
            {
                throw new InvalidOperationException($"Playground's UI could not install the app: {installed.Status} {await installed.TextAsync()}");
            }

            await Page.Locator(ComposeBoxSelector).WaitForAsync(new LocatorWaitForOptions { Timeout = loadTimeout });
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw await FailureAsync("Playground's UI did not open on the personal chat and install the app", ex);
        }
    }

    /// <summary>The bot's messages in the chat pane (text and cards), oldest first.</summary>
    public ILocator BotMessages => Page.Locator(BotMessageSelector);

    /// <summary>Waits for a message from the bot (text or card) that contains <paramref name="text"/>.</summary>
    public async Task<ILocator> WaitForBotMessageAsync(string text, TimeSpan? timeout = null)
    {
        var message = BotMessages.Filter(new LocatorFilterOptions { HasText = text }).Last;
        try
        {
            await message.WaitForAsync(new LocatorWaitForOptions { Timeout = Milliseconds(timeout) });
            return message;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw await FailureAsync($"No message from the bot shows '{text}' within {timeout ?? DefaultTimeout}", ex);
        }
    }

    /// <summary>
    /// Waits for the bot's newest Adaptive Card that contains <paramref name="text"/> and returns it, tied to its place
    /// in the chat (so it can be followed when Action.Execute replaces it).
    /// </summary>
    public async Task<PlaygroundCard> WaitForCardAsync(string text, TimeSpan? timeout = null)
    {
        var message = BotMessages.Filter(new LocatorFilterOptions { Has = Page.Locator(PlaygroundCard.CardSelector, new PageLocatorOptions { HasText = text }) }).Last;
        try
        {
            await message.WaitForAsync(new LocatorWaitForOptions { Timeout = Milliseconds(timeout) });
            var index = await message.EvaluateAsync<int>("(el, selector) => [...document.querySelectorAll(selector)].indexOf(el)", MessageSelector);
            return new PlaygroundCard(this, index, CardJson(text));
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw await FailureAsync($"No card from the bot shows '{text}' within {timeout ?? DefaultTimeout}", ex);
        }
    }

    /// <summary>The user types <paramref name="text"/> in the compose box and sends it.</summary>
    public async Task SendAsync(string text)
    {
        try
        {
            await Page.Locator(ComposeBoxSelector).FillAsync(text);
            var sent = await Page.RunAndWaitForResponseAsync(
                () => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send Message", Exact = true }).ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.EndsWith("/messages", StringComparison.Ordinal));
            if (!sent.Ok)
            {
                throw new InvalidOperationException($"Playground refused the message '{text}': {sent.Status} {await sent.TextAsync()}");
            }
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw await FailureAsync($"Could not send '{text}' from the compose box", ex);
        }
    }

    /// <summary>A screenshot of the whole page, saved under <c>TestResults/screenshots</c> and attached to the test.</summary>
    public async Task<string> ScreenshotAsync(string step)
    {
        var path = TestArtifacts.ScreenshotPath(step);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestArtifacts.Attach(path, "image/png");
        return path;
    }

    /// <summary>What the chat pane shows: every message's text, oldest first.</summary>
    public async Task<string> ChatTextAsync()
    {
        var messages = await Page.Locator(MessageSelector).AllInnerTextsAsync();
        return string.Join("\n---\n", messages.Select(m => m.Trim()));
    }

    /// <summary>
    /// An exception that says what was awaited, what the chat shows and where the screenshot is (saved now).
    /// </summary>
    internal async Task<Exception> FailureAsync(string what, Exception? inner = null)
    {
        string shot;
        string chat;
        try
        {
            shot = await ScreenshotAsync($"failure-{Interlocked.Increment(ref failures)}");
            chat = await ChatTextAsync();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            shot = $"(no screenshot: {ex.Message})";
            chat = "(unreadable)";
        }

        return new TimeoutException(
            $"{what}.\nScreenshot: {shot}\n--- the chat shows ---\n{chat}\n--- Playground output ---\n{Playground.Output}" +
            (inner is null ? string.Empty : $"\n--- Playwright ---\n{inner.Message}"), inner);
    }

    /// <summary>The card the bot sent (from Playground's stream) whose visible text contains <paramref name="text"/>.</summary>
    internal JsonObject? CardJson(string text)
    {
        foreach (var evt in Playground.Received.Reverse())
        {
            if (evt["message"]?["attachments"] is JsonArray attachments)
            {
                foreach (var attachment in attachments)
                {
                    if (attachment?["content"] is JsonObject card && card.VisibleText().Contains(text, StringComparison.Ordinal))
                    {
                        return card;
                    }
                }
            }
        }

        return null;
    }

    internal static float Milliseconds(TimeSpan? timeout) => (float)(timeout ?? DefaultTimeout).TotalMilliseconds;

    internal static JsonObject? ParseJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return new JsonObject { ["raw"] = json };
        }
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        if (ownedChromium is not null)
        {
            await ownedChromium.DisposeAsync();
        }
    }
}
