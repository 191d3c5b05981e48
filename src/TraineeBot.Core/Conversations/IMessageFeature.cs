using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Hosting;

namespace TraineeBot.Core.Conversations;

/// <summary>
/// A feature that may take a user's message (the trainee's plan, a case reply, the FAQ…). <see cref="TurnRouter"/>
/// offers every message, after the "I need help" hook, the welcome and the conversation commands, to the features in
/// <see cref="Order"/>: those below <see cref="MessageFeatureOrder.Dialogs"/> before dialogs (triggers and the active
/// run), the others after, when no dialog took it. The first that returns true has handled it.
/// </summary>
public interface IMessageFeature
{
    int Order { get; }

    Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken);
}

/// <summary>A message as features see it: the turn, who wrote, the text without the bot's mention, and a card's submitted data.</summary>
public sealed record MessageTurn(ITurnContext Turn, Contact Contact, string Text, JsonObject? SubmittedData)
{
    public string Language => Contact.Language;
}

/// <summary>Well-known places in the order.</summary>
public static class MessageFeatureOrder
{
    /// <summary>Gates that must see every message first (consent).</summary>
    public const int Gate = 0;

    /// <summary>Commands by phrase ("min plan", "pausa till …").</summary>
    public const int Commands = 100;

    /// <summary>Where dialog triggers and the active dialog run come.</summary>
    public const int Dialogs = 500;

    /// <summary>Fallbacks for what nothing else understood (FAQ, questions to the coordinator).</summary>
    public const int Fallback = 900;
}
