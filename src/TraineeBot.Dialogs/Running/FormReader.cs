using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>The result of reading a form's card submit: the answer, or each field's problem and the valid values to keep.</summary>
internal sealed record FormReading(Answer? Answer, IReadOnlyDictionary<string, string> FieldProblems, JsonObject Draft);

/// <summary>Reads a form step's card submit: each field by its own kind, required fields checked.</summary>
internal static class FormReader
{
    public static FormReading Read(StepDefinition step, JsonObject values, DialogContext context)
    {
        var answer = new JsonObject();
        var draft = new JsonObject();
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in step.Fields)
        {
            var raw = InputValues.Raw(values, field.Id)?.Trim();
            if (string.IsNullOrEmpty(raw))
            {
                if (field.Required)
                {
                    problems[field.Id] = DialogTexts.Get(context.Language, DialogTextKey.ProblemFieldRequired);
                }

                continue;
            }

            switch (field.Answer.Parse(raw, context))
            {
                case AnswerParseResult.Accepted accepted:
                    answer[field.Id] = accepted.Value;
                    draft[field.Id] = raw;
                    break;
                case AnswerParseResult.Rejected rejected:
                    problems[field.Id] = rejected.Problem;
                    break;
            }
        }

        return problems.Count == 0
            ? new FormReading(new Answer(answer, Display(step, answer, context.Language)), problems, draft)
            : new FormReading(null, problems, draft);
    }

    /// <summary>"Närvaro: 4; Vill ni förlänga? Ja" in the given language.</summary>
    public static string Display(StepDefinition step, JsonNode value, string language)
    {
        var parts = step.Fields
            .Where(field => value is JsonObject values && values[field.Id] is not null)
            .Select(field => $"{Labelled(field.Label.Get(language))}{field.Answer.Display(value[field.Id]!, language)}")
            .ToList();
        return parts.Count == 0 ? DialogTexts.Get(language, DialogTextKey.AnswerNone) : string.Join("; ", parts);
    }

    /// <summary>"Närvaro: " but "Vill ni förlänga? " — a label that is a question needs no colon.</summary>
    private static string Labelled(string label) =>
        label.EndsWith('?') || label.EndsWith(':') ? label + " " : label + ": ";

    /// <summary>Whether a stored form answer is still valid for the form as it is defined now.</summary>
    public static bool Accepts(StepDefinition step, JsonNode value, DialogContext context) =>
        value is JsonObject values
        && values.All(pair => step.Fields.Any(field => field.Id == pair.Key))
        && step.Fields.All(field => values[field.Id] is { } fieldValue
            ? field.Answer.Accepts(fieldValue, context)
            : !field.Required);
}
