using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Hosting;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Localization;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Dialogs;

/// <summary>
/// Runs a user's dialogs in a conversation: starts one, feeds it what the user typed or submitted, stores the run after
/// every turn (refusing a save based on a stale revision), shows what the engine asks, and runs the end actions.
/// </summary>
public sealed partial class DialogConversation(
    DialogCatalog catalog,
    DialogEngine engine,
    IDialogRunStore runs,
    IEnumerable<IDialogEndAction> endActions,
    IEnumerable<IWaitingDialogs> waiting,
    ICardRenderer cards,
    TimeProvider time,
    Microsoft.Extensions.Options.IOptions<DialogOptions> options,
    ILogger<DialogConversation> logger)
{
    private readonly Dictionary<string, IDialogEndAction> actions = endActions.ToDictionary(a => a.Name, StringComparer.Ordinal);

    /// <summary>The dialog a user starts by writing <paramref name="text"/> (its definition's <c>triggers:</c>), or null.</summary>
    public string? FindByTrigger(string text) => catalog.FindByTrigger(text)?.Id;

    /// <summary>The loaded definition <paramref name="definitionId"/>, or null.</summary>
    public DialogDefinition? FindDefinition(string definitionId) => catalog.Find(definitionId);

    /// <summary>Starts <paramref name="definitionId"/>, or picks up the run already going in this conversation.</summary>
    public async Task StartAsync(ITurnContext turn, Contact contact, string definitionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(contact);
        if (await runs.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, cancellationToken) is { } active)
        {
            await ResumeAsync(turn, contact, active, cancellationToken);
            return;
        }

        if (catalog.Find(definitionId) is not { } definition)
        {
            await turn.ReplyTextAsync(BotTexts.Get(contact.Language, TextKey.DialogUnavailable), cancellationToken);
            return;
        }

        var run = NewRun(contact, definition);
        await ApplyAsync(turn, contact, run, engine.Start(definition, Context(contact)), cancellationToken);
    }

    /// <summary>
    /// Starts <paramref name="definitionId"/> only when no other run is active in the conversation (then null and
    /// nothing is said): a proactive dialog never takes over one the user is in.
    /// </summary>
    public async Task<DialogRun?> TryStartNewAsync(ITurnContext turn, Contact contact, string definitionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(contact);
        if (await runs.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, cancellationToken) is not null
            || catalog.Find(definitionId) is not { } definition)
        {
            return null;
        }

        var run = NewRun(contact, definition);
        return await ApplyAsync(turn, contact, run, engine.Start(definition, Context(contact)), cancellationToken) ? run : null;
    }

    private DialogRun NewRun(Contact contact, DialogDefinition definition)
    {
        var now = time.GetUtcNow();
        return new DialogRun
        {
            Id = Guid.CreateVersion7(now),
            UserId = contact.UserId,
            ConversationReferenceId = contact.ConversationReferenceId,
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            StateJson = "{}",
            StartedUtc = now,
            UpdatedUtc = now,
        };
    }

    /// <summary>The id of the user's active run in the conversation, or null.</summary>
    public async Task<Guid?> ActiveRunIdAsync(Contact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return (await runs.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, cancellationToken))?.Id;
    }

    /// <summary>Asks run <paramref name="runId"/>'s current question again if it is the active run; false otherwise.</summary>
    public async Task<bool> TryResumeRunAsync(ITurnContext turn, Contact contact, Guid runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (await runs.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, cancellationToken) is not { } run || run.Id != runId)
        {
            return false;
        }

        await ResumeAsync(turn, contact, run, cancellationToken);
        return true;
    }

    /// <summary>Closes run <paramref name="runId"/> without a word (its answers kept) if it is the active run.</summary>
    public async Task<bool> CloseRunAsync(ITurnContext turn, Contact contact, Guid runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (await runs.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, cancellationToken) is not { } run || run.Id != runId)
        {
            return false;
        }

        return await SaveAsync(turn, contact, run, engine.Cancel(State(run)), cancellationToken);
    }

    /// <summary>Gives the input to the active run; false when there is none.</summary>
    /// <param name="cardRunId">The run whose question card the answer came from (its buttons say), when it did.</param>
    public async Task<bool> TryContinueAsync(ITurnContext turn, Contact contact, DialogInput input, CancellationToken cancellationToken, Guid? cardRunId = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(contact);
        var run = await runs.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, cancellationToken);
        if (cardRunId is { } answered && answered != run?.Id)
        {
            // A button on the card of a dialog that is over (an earlier check-in): never an answer to another one.
            await turn.ReplyTextAsync(BotTexts.Get(contact.Language, TextKey.DialogClosed), cancellationToken);
            return true;
        }

        if (run is null)
        {
            return false;
        }

        if (await CurrentDefinitionAsync(turn, contact, run, cancellationToken) is not { } definition)
        {
            return true;
        }

        if (input is DialogInput.Text && cardRunId is null && time.GetUtcNow() - run.UpdatedUtc > options.Value.ResumeAfter)
        {
            // Back after a long pause (days, often): what they write now is rarely the answer to a question they no
            // longer see. "Vi fortsätter där du slutade." and the same question again; nothing given before is lost.
            await ApplyAsync(turn, contact, run, engine.Resume(definition, State(run), Context(contact)), cancellationToken);
            return true;
        }

        await ApplyAsync(turn, contact, run, engine.Continue(definition, State(run), input, Context(contact)), cancellationToken);
        return true;
    }

    /// <summary>Cancels the active run; false when there is none.</summary>
    public async Task<bool> TryCancelAsync(ITurnContext turn, Contact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(contact);
        if (await runs.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, cancellationToken) is not { } run)
        {
            return false;
        }

        var cancelled = engine.Cancel(State(run));
        if (await SaveAsync(turn, contact, run, cancelled, cancellationToken))
        {
            await turn.ReplyTextAsync(BotTexts.Get(contact.Language, TextKey.Cancelled), cancellationToken);
            await RunEndedAsync(turn, contact, cancellationToken);
        }

        return true;
    }

    /// <summary>Asks the active run's current question again (after the user was away, or changed language).</summary>
    public async Task<bool> TryResumeAsync(ITurnContext turn, Contact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (await runs.FindActiveAsync(contact.UserId, contact.ConversationReferenceId, cancellationToken) is not { } run)
        {
            return false;
        }

        await ResumeAsync(turn, contact, run, cancellationToken);
        return true;
    }

    private async Task ResumeAsync(ITurnContext turn, Contact contact, DialogRun run, CancellationToken cancellationToken)
    {
        if (await CurrentDefinitionAsync(turn, contact, run, cancellationToken) is { } definition)
        {
            await ApplyAsync(turn, contact, run, engine.Resume(definition, State(run), Context(contact)), cancellationToken);
        }
    }

    /// <summary>
    /// The run's definition. A run from an older version goes on with the current one (the engine keeps the answers
    /// that still fit and says the questions changed); a run whose definition is gone is closed, its answers kept.
    /// </summary>
    private async Task<DialogDefinition?> CurrentDefinitionAsync(ITurnContext turn, Contact contact, DialogRun run, CancellationToken cancellationToken)
    {
        if (catalog.Find(run.DefinitionId) is { } definition)
        {
            if (definition.Version != run.DefinitionVersion)
            {
                Log.Upgraded(logger, run.Id, run.DefinitionId, run.DefinitionVersion, definition.Version);
            }

            return definition;
        }

        Log.Unavailable(logger, run.Id, run.DefinitionId);
        if (await SaveAsync(turn, contact, run, engine.Cancel(State(run)), cancellationToken))
        {
            await turn.ReplyTextAsync(BotTexts.Get(contact.Language, TextKey.DialogUnavailable), cancellationToken);
        }

        return null;
    }

    private async Task<bool> ApplyAsync(ITurnContext turn, Contact contact, DialogRun run, DialogTurn result, CancellationToken cancellationToken)
    {
        if (!await SaveAsync(turn, contact, run, result.State, cancellationToken))
        {
            return false;
        }

        foreach (var output in result.Outputs)
        {
            if (output is DialogOutput.Completed completed)
            {
                await CompleteAsync(turn, contact, run, completed, cancellationToken);
            }
            else
            {
                await turn.SendActivityAsync(DialogCards.Render(cards, output, turn.Activity, contact.Language, run.Id), cancellationToken);
            }
        }

        if (run.Status != DialogRunStatus.Active)
        {
            await RunEndedAsync(turn, contact, cancellationToken);
        }

        return true;
    }

    /// <summary>A dialog that waited for the one that just ended (a check-in that came meanwhile) starts now.</summary>
    private async Task RunEndedAsync(ITurnContext turn, Contact contact, CancellationToken cancellationToken)
    {
        foreach (var next in waiting)
        {
            await next.OnRunEndedAsync(turn, contact, this, cancellationToken);
        }
    }

    private async Task CompleteAsync(ITurnContext turn, Contact contact, DialogRun run, DialogOutput.Completed completed, CancellationToken cancellationToken)
    {
        var answers = completed.Answers.ToDictionary(a => a.Key, a => (JsonNode?)a.Value.Value.DeepClone(), StringComparer.Ordinal);
        foreach (var name in completed.EndActions)
        {
            // The catalog only loads definitions whose end actions are registered, so a miss is a programming error.
            var action = actions.TryGetValue(name, out var found) ? found
                : throw new InvalidOperationException($"Dialog '{completed.DialogId}' names the end action '{name}', which is not registered.");
            await action.RunAsync(new DialogEndContext(turn, contact, run, answers, completed.Message), cancellationToken);
        }
    }

    /// <summary>Stores the run's new state; false (and the user asked to send again) when another turn saved first.</summary>
    private async Task<bool> SaveAsync(ITurnContext turn, Contact contact, DialogRun run, DialogRunState state, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        run.StateJson = JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogRunState);
        run.DefinitionVersion = state.DefinitionVersion;
        run.Status = state.Status switch
        {
            DialogStatus.Completed => DialogRunStatus.Completed,
            DialogStatus.Cancelled => DialogRunStatus.Cancelled,
            _ => DialogRunStatus.Active,
        };
        run.UpdatedUtc = now;
        run.CompletedUtc = run.Status == DialogRunStatus.Active ? null : now;
        try
        {
            await runs.SaveAsync(run, cancellationToken);
            return true;
        }
        catch (DialogRunConflictException ex)
        {
            Log.Conflict(logger, ex, run.Id);
            await turn.ReplyTextAsync(BotTexts.Get(contact.Language, TextKey.DialogConflict), cancellationToken);
            return false;
        }
    }

    private static DialogRunState State(DialogRun run) =>
        JsonSerializer.Deserialize(run.StateJson, DialogJsonContext.Default.DialogRunState)
        ?? throw new InvalidOperationException($"Dialog run {run.Id} has no state.");

    private DialogContext Context(Contact contact) => new(contact.Language, StockholmTime.Today(time));

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Dialog run {RunId} lost a race with another turn; the user is asked to send again")]
        public static partial void Conflict(ILogger logger, Exception exception, Guid runId);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Dialog run {RunId} of {DefinitionId} moves from v{RunVersion} to v{CurrentVersion}")]
        public static partial void Upgraded(ILogger logger, Guid runId, string definitionId, int runVersion, int currentVersion);

        [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Dialog run {RunId} of {DefinitionId}: the definition no longer exists; the run is closed")]
        public static partial void Unavailable(ILogger logger, Guid runId, string definitionId);
    }
}
