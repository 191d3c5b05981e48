using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace TraineeBot.Testing.Browser;

/// <summary>
/// An Adaptive Card the bot sent, as Playground's UI renders it (the <c>adaptivecards</c> renderer with Fluent UI
/// inputs), tied to its message's place in the chat: when Action.Execute replaces the card, this still points at it.
/// Inputs are found by their label (or placeholder); a card input's <c>id</c> works too while the card's JSON is known
/// (<see cref="Json"/>: from Playground's stream, or the invoke response that replaced the card).
/// </summary>
public sealed class PlaygroundCard
{
    /// <summary>Playground's renderer marks each card's root with this class.</summary>
    internal const string CardSelector = ".ac-adaptiveCard";

    private const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    private readonly PlaygroundBrowser browser;
    private readonly int messageIndex;
    private readonly List<Entry> entered = [];

    internal PlaygroundCard(PlaygroundBrowser browser, int messageIndex, JsonObject? json)
    {
        this.browser = browser;
        this.messageIndex = messageIndex;
        Json = json;
    }

    /// <summary>The card's JSON as the bot sent it (null when Playground's stream did not carry it).</summary>
    public JsonObject? Json { get; private set; }

    /// <summary>The message holding the card (header, card, and any note Playground adds under it).</summary>
    public ILocator Message => browser.Page.Locator(PlaygroundBrowser.MessageSelector).Nth(messageIndex);

    /// <summary>The card's root element.</summary>
    public ILocator Root => Message.Locator(CardSelector).First;

    /// <summary>What the card shows now.</summary>
    public Task<string> TextAsync() => Root.InnerTextAsync();

    /// <summary>Types <paramref name="value"/> into an Input.Text, Input.Number (as text) or Input.Date (yyyy-MM-dd).</summary>
    public Task FillAsync(string labelOrInputId, string value) =>
        EnterAsync(
            $"fill '{labelOrInputId}' with '{value}'",
            () => InputAsync(labelOrInputId).FillAsync(value),
            async () => await InputAsync(labelOrInputId).InputValueAsync() == value);

    /// <summary>
    /// Chooses options of an Input.ChoiceSet by their titles: radio buttons or checkboxes for <c>style: expanded</c>,
    /// the dropdown's options for compact (and filtered) sets.
    /// </summary>
    public Task ChooseAsync(string labelOrInputId, params string[] choiceTitles) =>
        EnterAsync(
            $"choose {string.Join(", ", choiceTitles.Select(c => $"'{c}'"))} in '{labelOrInputId}'",
            async () =>
            {
                var set = InputAsync(labelOrInputId);
                if (await IsDropdownAsync(set))
                {
                    foreach (var title in choiceTitles)
                    {
                        if (await set.GetAttributeAsync("aria-expanded") != "true")
                        {
                            await set.ClickAsync();
                        }

                        await browser.Page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = title, Exact = true }).ClickAsync();
                    }

                    if (await set.GetAttributeAsync("aria-expanded") == "true")
                    {
                        await set.PressAsync("Escape");
                    }
                }
                else
                {
                    foreach (var title in choiceTitles)
                    {
                        await set.GetByLabel(title, new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
                    }
                }
            },
            async () =>
            {
                var set = InputAsync(labelOrInputId);
                if (await IsDropdownAsync(set))
                {
                    var shown = await set.InnerTextAsync() + " " + await set.GetAttributeAsync("value");
                    return choiceTitles.All(t => shown.Contains(t, StringComparison.Ordinal));
                }

                foreach (var title in choiceTitles)
                {
                    if (!await set.GetByLabel(title, new LocatorGetByLabelOptions { Exact = true }).IsCheckedAsync())
                    {
                        return false;
                    }
                }

                return true;
            });

    private static async Task<bool> IsDropdownAsync(ILocator set) => await set.GetAttributeAsync("role") == "combobox";

    /// <summary>Sets an Input.Toggle, found by its title (the text beside the box) or its input id.</summary>
    public Task SetToggleAsync(string titleOrInputId, bool on) =>
        EnterAsync(
            $"set the toggle '{titleOrInputId}' {(on ? "on" : "off")}",
            () => ToggleBox(titleOrInputId).SetCheckedAsync(on),
            async () => await ToggleBox(titleOrInputId).IsCheckedAsync() == on);

    /// <summary>The toggle's checkbox: named by the toggle's label when it has one (aria-labelledby), else by its title.</summary>
    private ILocator ToggleBox(string titleOrInputId)
    {
        var input = FindInput(titleOrInputId);
        var names = new[] { input?["label"]?.GetValue<string>(), input?["title"]?.GetValue<string>(), titleOrInputId }.OfType<string>().Distinct();
        var box = names.Select(n => Root.GetByLabel(LabelPattern(n))).Aggregate((a, b) => a.Or(b));
        return box.And(Root.GetByRole(AriaRole.Checkbox)).First;
    }

    /// <summary>
    /// Clicks the action button titled <paramref name="title"/> and waits until the page has sent it to Playground:
    /// Action.Submit → <c>/_conversation/v1/submit</c>, Action.Execute → <c>/_conversation/v1/invoke</c> (with the
    /// bot's invoke response). Fails, with the card's text, when nothing is sent (e.g. a required input is empty).
    /// </summary>
    public async Task<CardActionResult> ClickAsync(string title, TimeSpan? timeout = null)
    {
        var button = Root.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true });
        await ReenterLostValuesAsync();
        try
        {
            var response = await browser.Page.RunAndWaitForResponseAsync(
                () => button.ClickAsync(),
                r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath is "/_conversation/v1/submit" or "/_conversation/v1/invoke",
                new PageRunAndWaitForResponseOptions { Timeout = PlaygroundBrowser.Milliseconds(timeout) });
            var result = new CardActionResult(
                new Uri(response.Url).AbsolutePath.EndsWith("/invoke", StringComparison.Ordinal) ? CardActionKind.Execute : CardActionKind.Submit,
                PlaygroundBrowser.ParseJson(response.Request.PostData) ?? [],
                response.Status,
                PlaygroundBrowser.ParseJson(await response.TextAsync()));
            entered.Clear();
            if (result.Response?["type"]?.GetValue<string>() == AdaptiveCardContentType && result.Response["value"] is JsonObject card)
            {
                Json = card;
            }

            return result;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            var shows = await SafeTextAsync();
            throw await browser.FailureAsync(
                $"Clicking '{title}' sent nothing to Playground within {timeout ?? PlaygroundBrowser.DefaultTimeout} " +
                $"(no such button, or an input is missing or invalid); the card shows:\n{shows}", ex);
        }
    }

    /// <summary>
    /// Waits until this card (the same message) shows <paramref name="text"/>: after Action.Execute replaced it, or
    /// after the bot updated the message.
    /// </summary>
    public async Task<PlaygroundCard> WaitUntilShowsAsync(string text, TimeSpan? timeout = null)
    {
        try
        {
            await Message.Locator(CardSelector, new LocatorLocatorOptions { HasText = text }).First
                .WaitForAsync(new LocatorWaitForOptions { Timeout = PlaygroundBrowser.Milliseconds(timeout) });
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw await browser.FailureAsync(
                $"The card did not come to show '{text}' within {timeout ?? PlaygroundBrowser.DefaultTimeout}; it shows:\n{await SafeTextAsync()}", ex);
        }

        if (Json is null || !Json.VisibleText().Contains(text, StringComparison.Ordinal))
        {
            Json = browser.CardJson(text) ?? Json;
        }

        return this;
    }

    /// <summary>A screenshot of the card's message, saved under <c>TestResults/screenshots</c> and attached to the test.</summary>
    public async Task<string> ScreenshotAsync(string step)
    {
        var path = TestArtifacts.ScreenshotPath(step);
        await Message.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        TestArtifacts.Attach(path, "image/png");
        return path;
    }

    /// <summary>An input by its label (aria-labelledby; a required input's label ends with " *") or placeholder.</summary>
    private ILocator InputAsync(string labelOrInputId)
    {
        var input = FindInput(labelOrInputId);
        var name = input?["label"]?.GetValue<string>() ?? input?["placeholder"]?.GetValue<string>() ?? labelOrInputId;

        return Root.GetByLabel(LabelPattern(name)).Or(Root.GetByPlaceholder(name, new LocatorGetByPlaceholderOptions { Exact = true })).First;
    }

    private static Regex LabelPattern(string name) =>
        new($@"^\s*{Regex.Escape(name)}\s*\*?\s*$", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>The input with this id in the card's JSON, if the JSON is known.</summary>
    private JsonObject? FindInput(string id)
    {
        return Json is null ? null : Find(Json);

        JsonObject? Find(JsonNode? node) => node switch
        {
            JsonObject obj when obj["id"] is JsonValue v && v.TryGetValue<string>(out var s) && s == id
                && obj["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal) => obj,
            JsonObject obj => obj.Select(p => Find(p.Value)).FirstOrDefault(f => f is not null),
            JsonArray array => array.Select(Find).FirstOrDefault(f => f is not null),
            _ => null,
        };
    }

    /// <summary>
    /// Enters a value and remembers it. Playground may render a card again after it appeared (to add its refresh note,
    /// or when later messages arrive), which silently drops what was entered before: <see cref="ClickAsync"/> checks
    /// every remembered value just before it clicks and enters again what was lost.
    /// </summary>
    private async Task EnterAsync(string what, Func<Task> enter, Func<Task<bool>> isShown)
    {
        var entry = new Entry(what, enter, isShown);
        entered.RemoveAll(e => e.What == what);
        entered.Add(entry);
        await ActAsync(what, async () =>
        {
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                await enter();
                if (await isShown())
                {
                    return;
                }
            }

            throw new PlaywrightException($"the card does not show it after 3 attempts");
        });
    }

    private async Task ReenterLostValuesAsync()
    {
        for (var round = 1; round <= 3; round++)
        {
            var lost = new List<Entry>();
            foreach (var entry in entered)
            {
                if (!await entry.IsShown())
                {
                    lost.Add(entry);
                }
            }

            if (lost.Count == 0)
            {
                return;
            }

            TestContext.Current.TestOutputHelper?.WriteLine(
                $"Playground rendered the card again and lost {lost.Count} value(s); entering them again: {string.Join("; ", lost.Select(e => e.What))}");
            foreach (var entry in lost)
            {
                await ActAsync(entry.What + " (again: the card lost it)", entry.Enter);
            }
        }

        throw await browser.FailureAsync($"The card keeps losing what was entered; it shows:\n{await SafeTextAsync()}");
    }

    private sealed record Entry(string What, Func<Task> Enter, Func<Task<bool>> IsShown);

    private async Task ActAsync(string what, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw await browser.FailureAsync($"Could not {what} on the card; it shows:\n{await SafeTextAsync()}", ex);
        }
    }

    private async Task<string> SafeTextAsync()
    {
        try
        {
            return await Root.InnerTextAsync(new LocatorInnerTextOptions { Timeout = 2_000 });
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            return $"(no card: {ex.Message})";
        }
    }
}
