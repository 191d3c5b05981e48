using TraineeBot.BotFramework.Hosting;
using TraineeBot.Core.Conversations;

namespace TraineeBot.Core.Dialogs;

/// <summary>
/// Something the code does when a dialog is completed, named in the definition's <c>end:</c> list
/// (<c>thank-user</c>, later <c>notify-coordinator</c>, <c>suggest-work-areas</c>…). Definitions naming an action no
/// code registers are refused at start-up.
/// </summary>
public interface IDialogEndAction
{
    /// <summary>The name definitions use, e.g. <c>thank-user</c>.</summary>
    string Name { get; }

    Task RunAsync(DialogEndContext context, CancellationToken cancellationToken);
}

/// <summary>
/// What an end action gets: the turn, who answered, the run with its answers by step id, and the definition's
/// completion message in the user's language.
/// </summary>
public sealed record DialogEndContext(
    ITurnContext Turn,
    Contact Contact,
    DialogRun Run,
    IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonNode?> Answers,
    string CompletionMessage);
