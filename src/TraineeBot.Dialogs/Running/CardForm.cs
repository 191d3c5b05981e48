using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>
/// A dialog's form step used as a stand-alone card (a supervisor's check-in, the certificate input): the fields to
/// show, reading a submit field by field with the engine's own rules, and the answers as lines to read. The
/// questions stay data (<c>dialogs/*.yaml</c>); there is no run, the card's owner stores the answer.
/// </summary>
public sealed class CardForm
{
    private readonly StepDefinition step;

    private CardForm(DialogDefinition definition, StepDefinition step)
    {
        Definition = definition;
        this.step = step;
    }

    public DialogDefinition Definition { get; }

    public IReadOnlyList<FormField> Fields => step.Fields;

    /// <summary>The dialog's first form step as a card form; null when it has none.</summary>
    public static CardForm? From(DialogDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Steps.FirstOrDefault(s => s.Kind == StepKind.Form) is { } form ? new CardForm(definition, form) : null;
    }

    public string Title(string language) => Definition.Title.Get(language);

    public string Prompt(string language) => step.Prompt.Get(language);

    /// <summary>
    /// The card's inputs in <paramref name="context"/>'s language, prefilled from <paramref name="values"/> (what the
    /// user sent, or a stored answer) with each field's problem next to it.
    /// </summary>
    public IReadOnlyList<AskField> AskFields(JsonObject? values, IReadOnlyDictionary<string, string>? problems, DialogContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return
        [
            .. step.Fields.Select(field => field.Answer.Describe(new AskField
            {
                Id = field.Id,
                Kind = field.Kind,
                Label = field.Label.Get(context.Language),
                Required = field.Required,
                Options = field.Answer.Options(context.Language),
                Multiple = field.Answer is ChoiceAnswerSpec { Multiple: true },
                Value = InputValues.Raw(values, field.Id),
                Problem = problems?.GetValueOrDefault(field.Id),
            }, context)),
        ];
    }

    /// <summary>Reads a submit: the answer (field id → value) when every field is valid, else each field's problem.</summary>
    public CardFormReading Read(JsonObject values, DialogContext context)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(context);
        var reading = FormReader.Read(step, values, context);
        return new CardFormReading(reading.Answer?.Value as JsonObject, reading.FieldProblems, reading.Draft);
    }

    /// <summary>A stored answer as a card sends it again, to prefill the form for a change.</summary>
    public JsonObject CardValues(JsonObject answer, string language)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var values = new JsonObject();
        foreach (var field in step.Fields)
        {
            if (answer[field.Id] is { } value)
            {
                values[field.Id] = field.Answer.CardValue(value, language);
            }
        }

        return values;
    }

    /// <summary>The answered fields as (label, answer) in the given language, in the form's order.</summary>
    public IReadOnlyList<(string FieldId, string Label, string Answer)> Lines(JsonObject answer, string language)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return
        [
            .. step.Fields
                .Where(field => answer[field.Id] is not null)
                .Select(field => (field.Id, field.Label.Get(language), field.Answer.Display(answer[field.Id]!, language))),
        ];
    }
}

/// <param name="Answer">Field id → value (scale: integer, choice: option value, yes/no: boolean, text: string); null when a field is wrong.</param>
/// <param name="Problems">Field id → what is wrong, in the user's language.</param>
/// <param name="Draft">The valid values as they were sent, to keep them in the card shown again.</param>
public sealed record CardFormReading(JsonObject? Answer, IReadOnlyDictionary<string, string> Problems, JsonObject Draft);
