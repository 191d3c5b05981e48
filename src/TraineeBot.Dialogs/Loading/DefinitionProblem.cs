namespace TraineeBot.Dialogs;

/// <summary>One thing wrong in a dialog file: where (file relative to the dialogs folder, 1-based line and column) and what.</summary>
public sealed record DefinitionProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
