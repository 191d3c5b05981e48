using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Testing;

/// <summary>
/// A scripted conversation of one Teams user with the bot, over the real HTTP pipeline in memory (our TestFlow):
/// <code>
/// await Conversation.For(bot, user).Install().ExpectCard("welcome").Send("hjälp").ExpectReply(r => ...);
/// </code>
/// Steps run in order when the flow is awaited. Each expectation takes the next thing the bot sent in this
/// conversation; a failure shows the transcript so far.
/// </summary>
public sealed class Conversation
{
    private readonly TraineeBotFactory bot;
    private readonly List<Func<Task>> steps = [];
    private readonly List<string> transcript = [];
    private HttpClient? client;
    private int consumed;

    private Conversation(TraineeBotFactory bot, TeamsUser user)
    {
        this.bot = bot;
        User = user;
    }

    public TeamsUser User { get; private set; }

    /// <summary>The id the connector gave the bot's last card, for submits and updates.</summary>
    public string? LastCardActivityId { get; private set; }

    /// <summary>The HTTP answer to the last invoke (Action.Execute).</summary>
    public JsonObject? LastInvokeResponse { get; private set; }

    public static Conversation For(TraineeBotFactory bot, TeamsUser user) => new(bot, user);

    public Conversation Install() => Post("installs the app", () => Activities.InstallationAdd(User));

    public Conversation Send(string text) => Post($"user: {text}", () => Activities.Message(User, text));

    /// <summary>The user sends a file, as Teams delivers it to a bot with <c>supportsFiles</c>: a download-info attachment.</summary>
    public Conversation SendFile(string name, string downloadUrl) => Post($"user sends the file {name}", () =>
    {
        var activity = Activities.Message(User, string.Empty);
        activity.Attachments =
        [
            new Attachment
            {
                ContentType = "application/vnd.microsoft.teams.file.download.info",
                Name = name,
                Content = new JsonObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(name).TrimStart('.') },
                ContentUrl = "https://contoso.sharepoint.com/personal/files/" + name,
            },
        ];
        return activity;
    });

    /// <summary>A messageBack button (an Action.Submit with <c>msteams.type = messageBack</c>): the text as if typed, and the button's value.</summary>
    public Conversation PressButton(string text, object value) => Post($"user presses \"{text}\" {JsonSerializer.Serialize(value)}", () =>
    {
        var activity = Activities.Message(User, text);
        activity.Value = JsonSerializer.SerializeToNode(value);
        return activity;
    });

    /// <summary>An Action.Submit on the last card: a message with the card's data in <c>value</c> and no text.</summary>
    public Conversation SubmitCard(object data) => Post($"user submits the card: {JsonSerializer.Serialize(data)}", () =>
    {
        var activity = Activities.Message(User, string.Empty);
        activity.Text = null;
        activity.Value = JsonSerializer.SerializeToNode(data);
        activity.ReplyToId = LastCardActivityId;
        return activity;
    });

    /// <summary>An Action.Execute on the last card: an <c>adaptiveCard/action</c> invoke; its answer is kept.</summary>
    public Conversation ExecuteCard(string verb, object? data = null) => Step(async () =>
    {
        var activity = Activities.CardAction(User, verb, data is null ? null : JsonSerializer.SerializeToNode(data) as JsonObject);
        activity.ReplyToId = LastCardActivityId;
        transcript.Add($"user executes '{verb}' {(data is null ? string.Empty : JsonSerializer.Serialize(data))}");
        var response = await Client.PostActivityAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        LastInvokeResponse = body.Length == 0 ? null : JsonNode.Parse(body) as JsonObject;
        transcript.Add($"  ← invoke {(int)response.StatusCode} {body}");
    });

    /// <summary>The user's Teams client switches language (every later activity carries the new locale).</summary>
    public Conversation WithLocale(string locale) => Step(() =>
    {
        User = User with { Locale = locale };
        return Task.CompletedTask;
    });

    /// <summary>The next thing the bot sent is a text message that satisfies <paramref name="check"/>.</summary>
    public Conversation ExpectReply(Action<Activity> check) => Expect("a reply", check);

    public Conversation ExpectReply(string expectedText) => Expect($"the reply \"{expectedText}\"", a =>
    {
        if (a.Text != expectedText)
        {
            throw new ExpectationException($"Expected the text\n  {expectedText}\nbut the bot wrote\n  {a.Text}");
        }
    });

    public Conversation ExpectReplyContaining(string part) => Expect($"a reply containing \"{part}\"", a =>
    {
        if (a.Text?.Contains(part, StringComparison.Ordinal) != true)
        {
            throw new ExpectationException($"Expected a text containing\n  {part}\nbut the bot wrote\n  {a.Text}");
        }
    });

    /// <summary>The next thing the bot sent is the card made from template <paramref name="templateName"/>.</summary>
    public Conversation ExpectCard(string templateName, Action<JsonObject>? check = null) => Expect($"the card '{templateName}'", a =>
    {
        var attachment = a.Attachments?.FirstOrDefault(x => x.ContentType == Attachment.AdaptiveCardContentType)
            ?? throw new ExpectationException($"Expected the card '{templateName}' but the bot wrote: {a.Text}");
        if (attachment.Name != templateName)
        {
            throw new ExpectationException($"Expected the card '{templateName}' but got the card '{attachment.Name}'.");
        }

        check?.Invoke((JsonObject)attachment.Content!);
    });

    /// <summary>The bot has sent nothing more in this conversation.</summary>
    public Conversation ExpectNothingMore() => Step(() =>
    {
        var pending = Pending();
        if (pending.Count > 0)
        {
            throw Fail($"Expected nothing more, but the bot also sent:\n{string.Join('\n', pending.Select(Describe))}");
        }

        return Task.CompletedTask;
    });

    /// <summary>Runs any check (a database assertion, a clock change) at this point of the flow.</summary>
    public Conversation Then(Func<Task> action) => Step(action);

    public Conversation Then(Action action) => Step(() =>
    {
        action();
        return Task.CompletedTask;
    });

    public TaskAwaiter GetAwaiter() => RunAsync().GetAwaiter();

    public async Task RunAsync()
    {
        foreach (var step in steps)
        {
            try
            {
                await step();
            }
            catch (ExpectationException ex)
            {
                throw Fail(ex.Message);
            }
        }

        steps.Clear();
    }

    private HttpClient Client => client ??= bot.CreateClient();

    private Conversation Post(string description, Func<Activity> build) => Step(async () =>
    {
        transcript.Add(description);
        var response = await Client.PostActivityAsync(build());
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw Fail($"The bot answered {(int)response.StatusCode} to: {description}");
        }
    });

    private Conversation Expect(string what, Action<Activity> check) => Step(() =>
    {
        var pending = Pending();
        if (pending.Count == 0)
        {
            throw Fail($"Expected {what}, but the bot sent nothing more.");
        }

        var next = pending[0];
        consumed++;
        transcript.Add(Describe(next));
        check(next);
        if (next.Attachments?.Any(a => a.ContentType == Attachment.AdaptiveCardContentType) == true)
        {
            LastCardActivityId = bot.Connector.Requests.LastOrDefault(r => ReferenceEquals(r.Activity, next))?.ResponseId ?? LastCardActivityId;
        }

        return Task.CompletedTask;
    });

    private Conversation Step(Func<Task> step)
    {
        steps.Add(step);
        return this;
    }

    private List<Activity> Pending() =>
        [.. bot.Connector.Sent.Where(a => a.Conversation?.Id == User.ConversationId).Skip(consumed)];

    private static string Describe(Activity activity)
    {
        var card = activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType);
        return card is null
            ? $"  bot: {activity.Text}"
            : $"  bot: [card {card.Name}] {card.Content?.VisibleText().Replace('\n', ' ')}";
    }

    private ConversationFailedException Fail(string message)
    {
        var text = new StringBuilder(message).AppendLine().AppendLine().AppendLine("Transcript so far:");
        foreach (var line in transcript)
        {
            text.AppendLine(line);
        }

        return new ConversationFailedException(text.ToString());
    }
}

/// <summary>A conversation did not go as the test expected; the message has the transcript.</summary>
public sealed class ConversationFailedException(string message) : Exception(message);

internal sealed class ExpectationException(string message) : Exception(message);
