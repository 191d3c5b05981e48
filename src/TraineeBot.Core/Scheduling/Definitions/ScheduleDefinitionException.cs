namespace TraineeBot.Core.Scheduling;

/// <summary>The schedule definitions are broken. <see cref="Exception.Message"/> has one line per problem: "file:line:col: what is wrong".</summary>
public sealed class ScheduleDefinitionException : Exception
{
    public ScheduleDefinitionException()
        : this([])
    {
    }

    public ScheduleDefinitionException(string message)
        : base(message)
    {
        Problems = [];
    }

    public ScheduleDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public ScheduleDefinitionException(IReadOnlyList<ScheduleDefinitionProblem> problems)
        : base(string.Join('\n', problems ?? []))
    {
        Problems = problems ?? [];
    }

    public IReadOnlyList<ScheduleDefinitionProblem> Problems { get; }
}
