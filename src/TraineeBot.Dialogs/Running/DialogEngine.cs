using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>
/// Runs a dialog, one turn at a time, as a pure function of definition, state, input and context: no clock, no
/// storage, no Teams. The caller stores <see cref="DialogTurn.State"/> and renders <see cref="DialogTurn.Outputs"/>.
/// </summary>
public sealed class DialogEngine
{
    /// <summary>After this many invalid answers in a row, an example is offered (kinds without options).</summary>
    public const int DefaultAttemptsBeforeHelp = 3;

    private readonly int attemptsBeforeHelp;

    public DialogEngine(int attemptsBeforeHelp = DefaultAttemptsBeforeHelp)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attemptsBeforeHelp);
        this.attemptsBeforeHelp = attemptsBeforeHelp;
    }

    /// <summary>Starts a run: asks the first step that applies.</summary>
    public DialogTurn Start(DialogDefinition definition, DialogContext context)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(context);
        var state = new DialogRunState
        {
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            Status = DialogStatus.Active,
            Phase = DialogPhase.Asking,
        };
        return Advance(definition, state, context, []);
    }

    /// <summary>
    /// Takes the user's reply to the current step (or summary). "avbryt"/"cancel" cancels. When the definition's
    /// version has changed since the run started, the reply is not used: still-valid answers are kept and the first
    /// open question is asked, after a notice.
    /// </summary>
    public DialogTurn Continue(DialogDefinition definition, DialogRunState state, DialogInput input, DialogContext context)
    {
        EnsureActive(definition, state);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (state.DefinitionVersion != definition.Version)
        {
            return Upgrade(definition, state, context);
        }

        if (state.CurrentStepId is null || definition.FindStep(state.CurrentStepId) is not { } step)
        {
            return Advance(definition, state, context, []);
        }

        var text = InputValues.TextFor(input, step.Id);
        if (CommandWords.IsCancel(text))
        {
            return new DialogTurn(Cancel(state), [Cancelled(definition, context)]);
        }

        if (state.Phase == DialogPhase.Confirming)
        {
            return Confirm(definition, state, step, text, context);
        }

        if (state.Phase == DialogPhase.ChangingAnswer && CommandWords.IsKeep(text))
        {
            return Advance(definition, state, context, []);
        }

        return Answer(definition, state, step, input, text, context);
    }

    /// <summary>The user came back (after days, or a restart): asks the current step, or shows the summary, again.</summary>
    public DialogTurn Resume(DialogDefinition definition, DialogRunState state, DialogContext context)
    {
        EnsureActive(definition, state);
        ArgumentNullException.ThrowIfNull(context);
        if (state.DefinitionVersion != definition.Version)
        {
            return Upgrade(definition, state, context);
        }

        var notice = new DialogOutput.Notice(DialogTexts.Get(context.Language, DialogTextKey.NoticeResumed));
        if (state.CurrentStepId is null || definition.FindStep(state.CurrentStepId) is not { } step)
        {
            return Advance(definition, state, context, [notice]);
        }

        DialogOutput again = state.Phase == DialogPhase.Confirming
            ? OutputBuilder.Summary(definition, state, step, context)
            : OutputBuilder.Ask(definition, state, step, context, attemptsBeforeHelp);
        return new DialogTurn(state, [notice, again]);
    }

    /// <summary>Ends the run without completing it; the answers stay in the state.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the engine's instance API, beside Start and Continue.")]
    public DialogRunState Cancel(DialogRunState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new DialogRunState(state) { Status = DialogStatus.Cancelled, CurrentStepId = null, FormDraft = null };
    }

    private DialogTurn Answer(DialogDefinition definition, DialogRunState state, StepDefinition step, DialogInput input, string text, DialogContext context)
    {
        if (step.Kind == StepKind.Form)
        {
            if (input is not DialogInput.CardData card)
            {
                return Invalid(definition, state, step, context, DialogTexts.Get(context.Language, DialogTextKey.ProblemFormNeedsCard), null, state.FormDraft);
            }

            var reading = FormReader.Read(step, card.Values, context);
            return reading.Answer is { } formAnswer
                ? Advance(definition, WithAnswer(state, step, formAnswer), context, [])
                : Invalid(definition, state, step, context, DialogTexts.Get(context.Language, DialogTextKey.ProblemFormFields), reading.FieldProblems, reading.Draft);
        }

        if (step.Answer is not { } spec)
        {
            return Advance(definition, state, context, []);
        }

        return spec.Parse(text, context) switch
        {
            AnswerParseResult.Accepted accepted => Advance(definition, WithAnswer(state, step, new Answer(accepted.Value, accepted.Display)), context, []),
            AnswerParseResult.Rejected rejected => Invalid(definition, state, step, context, rejected.Problem, null, null),
            _ => throw new InvalidOperationException("A parse result is accepted or rejected."),
        };
    }

    private DialogTurn Invalid(
        DialogDefinition definition,
        DialogRunState state,
        StepDefinition step,
        DialogContext context,
        string problem,
        IReadOnlyDictionary<string, string>? fieldProblems,
        JsonObject? draft)
    {
        var next = new DialogRunState(state) { InvalidAttempts = state.InvalidAttempts + 1, FormDraft = draft };
        return new DialogTurn(next, [OutputBuilder.Ask(definition, next, step, context, attemptsBeforeHelp, problem, fieldProblems)]);
    }

    private DialogTurn Confirm(DialogDefinition definition, DialogRunState state, StepDefinition confirm, string text, DialogContext context)
    {
        var language = context.Language;
        var lines = DialogFlow.Answered(definition, state.Answers);
        var (intent, number) = CommandWords.ReadConfirm(text);
        if (intent == ConfirmIntent.Send)
        {
            return Complete(definition, state, context);
        }

        string problem;
        if (intent == ConfirmIntent.Change && number >= 1 && number <= lines.Count)
        {
            var step = lines[number - 1];
            var changing = new DialogRunState(state)
            {
                Phase = DialogPhase.ChangingAnswer,
                CurrentStepId = step.Id,
                InvalidAttempts = 0,
                FormDraft = null,
            };
            return new DialogTurn(changing, [OutputBuilder.Ask(definition, changing, step, context, attemptsBeforeHelp)]);
        }

        problem = intent == ConfirmIntent.Change
            ? DialogTexts.Get(language, DialogTextKey.ProblemConfirmNumber, lines.Count)
            : DialogTexts.Get(language, DialogTextKey.ProblemConfirm, OutputBuilder.ExampleLine(lines.Count));
        var next = new DialogRunState(state) { InvalidAttempts = state.InvalidAttempts + 1 };
        return new DialogTurn(next, [OutputBuilder.Summary(definition, next, confirm, context, problem)]);
    }

    /// <summary>Drops answers that no longer apply, then asks the next open step, shows the summary, or completes.</summary>
    private DialogTurn Advance(DialogDefinition definition, DialogRunState state, DialogContext context, List<DialogOutput> outputs)
    {
        var answers = DialogFlow.Prune(definition, state.Answers);
        var pruned = new DialogRunState(state) { Answers = answers, InvalidAttempts = 0, FormDraft = null };
        var next = DialogFlow.Next(definition, answers);
        if (next is null)
        {
            return Complete(definition, pruned, context, outputs);
        }

        if (next.Kind == StepKind.Confirm)
        {
            var confirming = new DialogRunState(pruned) { Phase = DialogPhase.Confirming, CurrentStepId = next.Id };
            outputs.Add(OutputBuilder.Summary(definition, confirming, next, context));
            return new DialogTurn(confirming, outputs);
        }

        var asking = new DialogRunState(pruned) { Phase = DialogPhase.Asking, CurrentStepId = next.Id };
        outputs.Add(OutputBuilder.Ask(definition, asking, next, context, attemptsBeforeHelp));
        return new DialogTurn(asking, outputs);
    }

    private static DialogTurn Complete(DialogDefinition definition, DialogRunState state, DialogContext context, List<DialogOutput>? outputs = null)
    {
        var answers = DialogFlow.Prune(definition, state.Answers);
        var completed = new DialogRunState(state)
        {
            Status = DialogStatus.Completed,
            CurrentStepId = null,
            Answers = answers,
            InvalidAttempts = 0,
            FormDraft = null,
        };
        outputs ??= [];
        outputs.Add(new DialogOutput.Completed
        {
            DialogId = definition.Id,
            DialogVersion = definition.Version,
            EndActions = definition.EndActions,
            Answers = answers,
            Message = definition.Completion?.Get(context.Language) ?? DialogTexts.Get(context.Language, DialogTextKey.CompletedMessage),
        });
        return new DialogTurn(completed, outputs);
    }

    /// <summary>The definition changed under a running dialog: keep the answers that still fit, continue with what is open.</summary>
    private DialogTurn Upgrade(DialogDefinition definition, DialogRunState state, DialogContext context)
    {
        var kept = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var (stepId, answer) in state.Answers)
        {
            if (definition.FindStep(stepId) is not { } step)
            {
                continue;
            }

            var fits = step.Kind == StepKind.Form
                ? FormReader.Accepts(step, answer.Value, context)
                : step.Answer?.Accepts(answer.Value, context) ?? false;
            if (fits)
            {
                kept[stepId] = answer;
            }
        }

        var upgraded = new DialogRunState(state)
        {
            DefinitionVersion = definition.Version,
            Answers = kept,
            Phase = DialogPhase.Asking,
            CurrentStepId = null,
        };
        return Advance(definition, upgraded, context, [new DialogOutput.Notice(DialogTexts.Get(context.Language, DialogTextKey.NoticeUpdated))]);
    }

    private static DialogOutput.Cancelled Cancelled(DialogDefinition definition, DialogContext context) => new()
    {
        DialogId = definition.Id,
        Message = DialogTexts.Get(context.Language, DialogTextKey.CancelledMessage),
    };

    private static DialogRunState WithAnswer(DialogRunState state, StepDefinition step, Answer answer)
    {
        var answers = new Dictionary<string, Answer>(state.Answers, StringComparer.Ordinal) { [step.Id] = answer };
        return new DialogRunState(state) { Answers = answers, Phase = DialogPhase.Asking };
    }

    private static void EnsureActive(DialogDefinition definition, DialogRunState state)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(state);
        if (!string.Equals(definition.Id, state.DefinitionId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The run is of dialog '{state.DefinitionId}', not '{definition.Id}'.", nameof(state));
        }

        if (state.Status != DialogStatus.Active)
        {
            throw new InvalidOperationException($"The run of dialog '{state.DefinitionId}' is {state.Status}; only an active run continues.");
        }
    }
}
