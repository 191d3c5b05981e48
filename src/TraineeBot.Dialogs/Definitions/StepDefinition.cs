namespace TraineeBot.Dialogs;

/// <summary>
/// One question of a dialog. <see cref="Answer"/> says what is accepted for the single-answer kinds (null for form
/// and confirm); <see cref="Fields"/> holds a form's fields (empty for every other kind).
/// </summary>
public sealed record StepDefinition(string Id, StepKind Kind, LocalizedText Prompt)
{
    public StepCondition? When { get; init; }

    public AnswerSpec? Answer { get; init; }

    public IReadOnlyList<FormField> Fields { get; init; } = [];

    /// <summary>The author's own example, shown after repeated invalid answers instead of the engine's.</summary>
    public LocalizedText? Example { get; init; }

    /// <summary>Line in the YAML file, for messages about the definition.</summary>
    public int Line { get; init; }
}
