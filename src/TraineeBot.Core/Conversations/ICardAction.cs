using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Core.Conversations;

/// <summary>
/// A button on one of the bot's cards, by its verb: an <c>Action.Execute</c> (an <c>adaptiveCard/action</c> invoke
/// whose answer replaces the card) or an <c>Action.Submit</c> whose data carries <c>"verb"</c>. The data comes from
/// the client: an action checks every id in it against the database and who is asking before it acts.
/// </summary>
public interface ICardAction
{
    /// <summary>The verb, e.g. <c>consent.give</c>; unique across actions.</summary>
    string Verb { get; }

    /// <summary>
    /// Acts and says what the user sees: a card (replaces the one clicked), a message, or an error. For a submit the
    /// card updates the clicked card in place and a message is sent as a reply.
    /// </summary>
    Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken);
}

/// <param name="IsExecute">True for Action.Execute (invoke), false for Action.Submit (a message with a value).</param>
/// <param name="CardActivityId">The clicked card's activity id (replyToId), when the client sent it.</param>
public sealed record CardActionTurn(ITurnContext Turn, Contact Contact, string Verb, JsonObject Data, bool IsExecute, string? CardActivityId)
{
    public string Language => Contact.Language;
}
