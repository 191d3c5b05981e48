namespace TraineeBot.Dialogs;

/// <summary>The dialog definitions are broken. <see cref="Exception.Message"/> has one line per problem: "file:line:col: what is wrong".</summary>
public sealed class DialogDefinitionException : Exception
{
    public DialogDefinitionException()
        : this([])
    {
    }

    public DialogDefinitionException(string message)
        : base(message)
    {
        Problems = [];
    }

    public DialogDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public DialogDefinitionException(IReadOnlyList<DefinitionProblem> problems)
        : base(string.Join('\n', problems ?? []))
    {
        Problems = problems ?? [];
    }

    public IReadOnlyList<DefinitionProblem> Problems { get; }
}
