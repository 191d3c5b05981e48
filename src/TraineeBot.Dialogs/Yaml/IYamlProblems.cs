using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Dialogs.Yaml;

/// <summary>
/// Where <see cref="YamlFile"/> and <see cref="YamlMap"/> report the problems they find, each at a YAML position.
/// Each kind of definition file (dialogs, schedules) keeps its own problem type behind this.
/// </summary>
public interface IYamlProblems
{
    /// <summary>How many problems have been reported so far.</summary>
    int Count { get; }

    /// <summary>Reports a problem at the start of <paramref name="node"/>.</summary>
    void Add(YamlNode node, string message);

    /// <summary>Reports a problem at <paramref name="mark"/> (<see cref="Mark.Empty"/> for the start of the file).</summary>
    void Add(Mark mark, string message);
}
