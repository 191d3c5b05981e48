using TraineeBot.Dialogs.Yaml;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Dialogs;

/// <summary>Reads one dialog file: the dialog's own keys here, the steps in <see cref="StepReader"/>.</summary>
internal static class DefinitionReader
{
    private static readonly string[] DialogKeys = ["id", "version", "title", "triggers", "steps", "completion", "end"];

    public static DialogDefinition? Read(DialogSource source, ProblemList problems, IReadOnlySet<string> knownEndActions)
    {
        var root = YamlFile.Root(source.Yaml, problems, "dialog", "id, version, title and steps");
        if (root is null)
        {
            return null;
        }

        var map = YamlMap.From(root, "a dialog file", problems);
        if (map is null)
        {
            return null;
        }

        const string what = "the dialog";
        var before = problems.Count;
        map.CheckKeys(DialogKeys, what);

        var id = map.String("id", what, required: true);
        if (id is not null && !Identifiers.IsValid(id))
        {
            problems.Add(map.Get("id")!, Identifiers.Rule(id));
        }

        var versionNode = map.Require("version", what);
        var version = map.Int("version", what);
        if (versionNode is not null && version is < 1)
        {
            problems.Add(versionNode, "version must be a whole number from 1 up");
        }

        var title = map.Text("title", what, required: true);
        var completion = map.Text("completion", what);
        var triggers = map.Strings("triggers", what) ?? [];
        var endActions = ReadEndActions(map, knownEndActions);

        var stepsNode = map.Require("steps", what);
        var steps = stepsNode is null ? [] : StepReader.ReadSteps(stepsNode, problems);

        if (problems.Count > before || id is null || version is null || title is null)
        {
            return null;
        }

        return new DialogDefinition(id, version.Value, title, steps)
        {
            EndActions = endActions,
            Completion = completion,
            Triggers = triggers,
            File = source.File,
            IdPosition = Position(map.Get("id")!),
            TriggersPosition = map.Get("triggers") is { } triggersNode ? Position(triggersNode) : (1, 1),
        };
    }

    private static (int Line, int Column) Position(YamlNode node) => ((int)node.Start.Line, (int)node.Start.Column);

    private static List<string> ReadEndActions(YamlMap map, IReadOnlySet<string> knownEndActions)
    {
        var names = map.Strings("end", "the dialog") ?? [];
        if (map.Get("end") is not YamlSequenceNode sequence)
        {
            return names;
        }

        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } name } && !string.IsNullOrWhiteSpace(name) && !knownEndActions.Contains(name.Trim()))
            {
                var known = knownEndActions.Count == 0 ? "none are registered" : $"known: {string.Join(", ", knownEndActions.Order(StringComparer.Ordinal))}";
                map.Problems.Add(item, $"unknown end action '{name.Trim()}' ({known})");
            }
        }

        return names;
    }
}
