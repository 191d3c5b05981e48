using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>Builds the outputs for a state, in the user's language.</summary>
internal static class OutputBuilder
{
    public static DialogOutput.AskStep Ask(
        DialogDefinition definition,
        DialogRunState state,
        StepDefinition step,
        DialogContext context,
        int attemptsBeforeHelp,
        string? problem = null,
        IReadOnlyDictionary<string, string>? fieldProblems = null)
    {
        var language = context.Language;
        var spec = step.Answer;
        var questions = DialogFlow.Questions(definition, state.Answers);
        var position = questions.FindIndex(question => question.Id == step.Id);
        var number = position < 0 ? questions.Count + 1 : position + 1;
        var count = Math.Max(questions.Count, number);
        var changing = state.Phase == DialogPhase.ChangingAnswer;
        var current = state.Answers.GetValueOrDefault(step.Id);
        var needsHelp = state.InvalidAttempts >= attemptsBeforeHelp;

        return new DialogOutput.AskStep
        {
            DialogId = definition.Id,
            DialogTitle = definition.Title.Get(language),
            StepId = step.Id,
            Kind = step.Kind,
            Prompt = step.Prompt.Get(language),
            Problem = problem,
            OfferButtons = spec is YesNoAnswerSpec or ScaleAnswerSpec or ChoiceAnswerSpec { Multiple: false },
            Options = spec?.Options(language) ?? [],
            Multiple = spec is ChoiceAnswerSpec { Multiple: true },
            Example = needsHelp ? step.Example?.Get(language) ?? Example(step, context) : null,
            StepNumber = number,
            StepCount = count,
            Progress = DialogTexts.Get(language, DialogTextKey.AskProgress, number, count),
            Fields = Fields(step, state, context, current, fieldProblems),
            CurrentAnswer = changing && current is not null
                ? DialogTexts.Get(language, DialogTextKey.AskCurrentAnswer, Display(step, current.Value, language))
                : null,
            Keep = changing
                ? new AnswerOption(DialogTexts.Get(language, DialogTextKey.AskKeepCommand), DialogTexts.Get(language, DialogTextKey.AskKeepLabel))
                : null,
            InvalidAttempts = state.InvalidAttempts,
        };
    }

    public static DialogOutput.Summary Summary(DialogDefinition definition, DialogRunState state, StepDefinition confirm, DialogContext context, string? problem = null)
    {
        var language = context.Language;
        var lines = DialogFlow.Answered(definition, state.Answers)
            .Select((step, index) => new SummaryLine(
                index + 1,
                step.Id,
                step.Prompt.Get(language),
                Display(step, state.Answers[step.Id].Value, language),
                new AnswerOption(
                    DialogTexts.Get(language, DialogTextKey.SummaryChangeCommand, index + 1),
                    DialogTexts.Get(language, DialogTextKey.SummaryChangeLabel, index + 1))))
            .ToList();
        return new DialogOutput.Summary
        {
            DialogId = definition.Id,
            DialogTitle = definition.Title.Get(language),
            StepId = confirm.Id,
            Prompt = confirm.Prompt.Get(language),
            Lines = lines,
            Instructions = DialogTexts.Get(language, DialogTextKey.SummaryInstructions, ExampleLine(lines.Count)),
            Send = new AnswerOption(DialogTexts.Get(language, DialogTextKey.SummarySendCommand), DialogTexts.Get(language, DialogTextKey.SummarySendLabel)),
            Problem = problem,
        };
    }

    /// <summary>The line number used in examples ("ändra 2"): 2 when there are two lines or more.</summary>
    public static int ExampleLine(int lines) => Math.Clamp(lines, 1, 2);

    /// <summary>An answer as the user reads it now (recomputed, so a changed language shows too).</summary>
    public static string Display(StepDefinition step, JsonNode value, string language) =>
        step.Kind == StepKind.Form
            ? FormReader.Display(step, value, language)
            : step.Answer?.Display(value, language) ?? string.Empty;

    private static string? Example(StepDefinition step, DialogContext context) =>
        step.Kind == StepKind.Form
            ? DialogTexts.Get(context.Language, DialogTextKey.ProblemFormNeedsCard)
            : step.Answer?.Example(context);

    private static List<AskField> Fields(
        StepDefinition step, DialogRunState state, DialogContext context, Answer? current, IReadOnlyDictionary<string, string>? problems)
    {
        var language = context.Language;
        if (step.Kind == StepKind.Form)
        {
            return
            [
                .. step.Fields.Select(field =>
                {
                    var value = InputValues.Raw(state.FormDraft, field.Id)
                        ?? ((current?.Value as JsonObject)?[field.Id] is { } stored ? field.Answer.CardValue(stored, language) : null);
                    var askField = new AskField
                    {
                        Id = field.Id,
                        Kind = field.Kind,
                        Label = field.Label.Get(language),
                        Required = field.Required,
                        Options = field.Answer.Options(language),
                        Value = value,
                        Problem = problems?.GetValueOrDefault(field.Id),
                    };
                    return field.Answer.Describe(askField, context);
                }),
            ];
        }

        if (step.Answer is not { } spec)
        {
            return [];
        }

        var single = new AskField
        {
            Id = step.Id,
            Kind = step.Kind,
            Label = step.Prompt.Get(language),
            Required = true,
            Options = spec.Options(language),
            Value = state.Phase == DialogPhase.ChangingAnswer && current is not null ? spec.CardValue(current.Value, language) : null,
        };
        return [spec.Describe(single, context)];
    }
}
