using System.Text.Json.Nodes;

namespace TraineeBot.Testing.Browser;

public enum CardActionKind
{
    /// <summary>Action.Submit: the page posted <c>/_conversation/v1/submit</c>; the bot gets a message activity.</summary>
    Submit,

    /// <summary>Action.Execute: the page posted <c>/_conversation/v1/invoke</c> (<c>adaptiveCard/action</c>).</summary>
    Execute,
}

/// <summary>What clicking a card button sent to Playground, and what came back.</summary>
/// <param name="Request">The page's request body: for Submit <c>{conversation, from, replyToId, value}</c>; for Execute
/// <c>{name: "adaptiveCard/action", value: {action: {type, title, verb, data}}, from, conversation, replyToId}</c>.</param>
/// <param name="Status">Playground's HTTP status.</param>
/// <param name="Response">For Execute, the bot's invoke response as Playground passes it on (<c>{type, value}</c>).</param>
public sealed record CardActionResult(CardActionKind Kind, JsonObject Request, int Status, JsonObject? Response)
{
    /// <summary>The data the bot receives: the action's data merged with the card's input values (all strings).</summary>
    public JsonObject? Data => (Kind == CardActionKind.Execute ? Request["value"]?["action"]?["data"] : Request["value"]) as JsonObject;

    /// <summary>For Execute: the verb sent.</summary>
    public string? Verb => Request["value"]?["action"]?["verb"]?.GetValue<string>();
}
