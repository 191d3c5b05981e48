namespace TraineeBot.Dialogs;

/// <summary>One field of a form step: its own kind (text, choice, scale, yesno, date or number) and whether it must be filled in.</summary>
public sealed record FormField(string Id, LocalizedText Label, bool Required, AnswerSpec Answer)
{
    public StepKind Kind => Answer.Kind;
}
