namespace TraineeBot.Dialogs;

/// <summary>
/// Which steps apply and which comes next. Conditions only use earlier answers, so one pass in step order settles
/// everything: a step applies when its condition holds on the answers before it.
/// </summary>
internal static class DialogFlow
{
    public static bool Applies(StepDefinition step, IReadOnlyDictionary<string, Answer> answers) =>
        step.When?.IsMet(answers) ?? true;

    /// <summary>The answers to steps that (still) apply, in step order; answers to steps that no longer apply are dropped.</summary>
    public static Dictionary<string, Answer> Prune(DialogDefinition definition, IReadOnlyDictionary<string, Answer> answers)
    {
        var kept = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var step in definition.Steps)
        {
            if (answers.TryGetValue(step.Id, out var answer) && Applies(step, kept))
            {
                kept[step.Id] = answer;
            }
        }

        return kept;
    }

    /// <summary>The first step that applies and has no answer (a confirm step never has one), or null when all are done.</summary>
    public static StepDefinition? Next(DialogDefinition definition, IReadOnlyDictionary<string, Answer> answers) =>
        definition.Steps.FirstOrDefault(step =>
            (step.Kind == StepKind.Confirm || !answers.ContainsKey(step.Id)) && Applies(step, answers));

    /// <summary>The questions (not confirm) that apply with the answers so far.</summary>
    public static List<StepDefinition> Questions(DialogDefinition definition, IReadOnlyDictionary<string, Answer> answers) =>
        [.. definition.Steps.Where(step => step.Kind != StepKind.Confirm && Applies(step, answers))];

    /// <summary>The answered questions in order: the summary's numbered lines.</summary>
    public static List<StepDefinition> Answered(DialogDefinition definition, IReadOnlyDictionary<string, Answer> answers) =>
        [.. Questions(definition, answers).Where(step => answers.ContainsKey(step.Id))];
}
