using YamlDotNet.Core;
using TraineeBot.Dialogs.Yaml;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Dialogs;

/// <summary>Collects the problems found in one file, each at a YAML position.</summary>
internal sealed class ProblemList(string file) : IYamlProblems
{
    private readonly List<DefinitionProblem> problems = [];

    public string File => file;

    public IReadOnlyList<DefinitionProblem> All => problems;

    public int Count => problems.Count;

    public void Add(YamlNode node, string message) => Add(node.Start, message);

    public void Add(Mark mark, string message) =>
        problems.Add(new DefinitionProblem(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), message));
}
