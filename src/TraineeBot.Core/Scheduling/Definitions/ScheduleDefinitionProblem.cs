namespace TraineeBot.Core.Scheduling;

/// <summary>One thing wrong in a schedule file: where (file relative to the schedules folder, 1-based line and column) and what.</summary>
public sealed record ScheduleDefinitionProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
