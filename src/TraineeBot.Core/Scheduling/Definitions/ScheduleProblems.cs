using TraineeBot.Dialogs.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Core.Scheduling;

/// <summary>Collects the problems found in one schedule file, each at a YAML position.</summary>
internal sealed class ScheduleProblems(string file) : IYamlProblems
{
    private readonly List<ScheduleDefinitionProblem> problems = [];

    public IReadOnlyList<ScheduleDefinitionProblem> All => problems;

    public int Count => problems.Count;

    public void Add(YamlNode node, string message) => Add(node.Start, message);

    public void Add(Mark mark, string message) =>
        problems.Add(new ScheduleDefinitionProblem(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), message));
}
