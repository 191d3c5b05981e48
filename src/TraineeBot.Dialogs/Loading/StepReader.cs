using TraineeBot.Dialogs.Yaml;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Dialogs;

/// <summary>Reads a dialog's steps: ids, kinds, prompts, conditions and each kind's options.</summary>
internal static class StepReader
{
    private static readonly string[] CommonKeys = ["id", "kind", "prompt", "when", "example"];
    private static readonly string[] FieldCommonKeys = ["id", "kind", "label", "required"];

    private static readonly Dictionary<StepKind, string[]> KindKeys = new()
    {
        [StepKind.Text] = ["minLength", "maxLength"],
        [StepKind.Choice] = ["options", "multiple"],
        [StepKind.Scale] = ["min", "max", "labels"],
        [StepKind.YesNo] = [],
        [StepKind.Date] = ["notBefore", "notAfter"],
        [StepKind.Number] = ["min", "max", "integer"],
        [StepKind.Form] = ["fields"],
        [StepKind.Confirm] = [],
    };

    public static List<StepDefinition> ReadSteps(YamlNode node, ProblemList problems)
    {
        var steps = new List<StepDefinition>();
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            problems.Add(node, "'steps' must be a list of steps (each starting with '- id: ...')");
            return steps;
        }

        var positions = StepPositions(sequence, problems);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Step(sequence.Children[i], i, steps, positions, problems) is { } step)
            {
                steps.Add(step);
            }
        }

        for (var i = 0; i < sequence.Children.Count - 1; i++)
        {
            if (KindOf(sequence.Children[i]) == StepKind.Confirm)
            {
                problems.Add(sequence.Children[i], "a confirm step must be the last step");
            }
        }

        if (sequence.Children.All(child => KindOf(child) == StepKind.Confirm))
        {
            problems.Add(node, "a dialog needs at least one question besides confirm");
        }

        return steps;
    }

    /// <summary>Where each step id first appears, so conditions can tell unknown steps from later ones; duplicates reported.</summary>
    private static Dictionary<string, int> StepPositions(YamlSequenceNode sequence, ProblemList problems)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Child(sequence.Children[i], "id") is YamlScalarNode { Value: { } id } idNode
                && !positions.TryAdd(id.Trim(), i))
            {
                problems.Add(idNode, $"duplicate step id '{id.Trim()}' (also step {positions[id.Trim()] + 1})");
            }
        }

        return positions;
    }

    private static YamlNode? Child(YamlNode node, string key) =>
        node is YamlMappingNode mapping
            ? mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: { } name } && name == key).Value
            : null;

    private static StepKind? KindOf(YamlNode node) =>
        Child(node, "kind") is YamlScalarNode { Value: { } name }
        && StepKinds.TryParse(name.Trim(), out var kind)
            ? kind
            : null;

    private static StepDefinition? Step(YamlNode node, int index, List<StepDefinition> earlier, Dictionary<string, int> positions, ProblemList problems)
    {
        var map = YamlMap.From(node, $"step {index + 1}", problems);
        if (map is null)
        {
            return null;
        }

        var before = problems.Count;
        var id = map.String("id", $"step {index + 1}", required: true);
        var what = id is null ? $"step {index + 1}" : $"step '{id}'";
        if (id is not null && !Identifiers.IsValid(id))
        {
            problems.Add(map.Get("id")!, Identifiers.Rule(id));
        }

        var kind = Kind(map, what, StepKinds.Names);
        map.CheckKeys(Allowed(CommonKeys, kind), what, key => Misplaced(key, kind, "step"));
        var prompt = map.Text("prompt", what, required: true);
        var example = map.Text("example", what);
        var when = map.Get("when") is { } whenNode && id is not null
            ? ConditionReader.Read(whenNode, id, index, earlier, positions, problems)
            : null;

        AnswerSpec? answer = null;
        IReadOnlyList<FormField> fields = [];
        if (kind == StepKind.Form)
        {
            fields = Fields(map, what);
        }
        else if (kind is { } single && single != StepKind.Confirm)
        {
            answer = AnswerReader.Read(single, map, what);
        }

        if (problems.Count > before || id is null || kind is null || prompt is null)
        {
            return null;
        }

        return new StepDefinition(id, kind.Value, prompt)
        {
            When = when,
            Answer = answer,
            Fields = fields,
            Example = example,
            Line = (int)node.Start.Line,
        };
    }

    private static StepKind? Kind(YamlMap map, string what, IEnumerable<string> allowedNames)
    {
        var name = map.String("kind", what, required: true);
        if (name is null)
        {
            return null;
        }

        if (StepKinds.TryParse(name, out var kind) && allowedNames.Contains(name))
        {
            return kind;
        }

        map.Problems.Add(map.Get("kind")!, $"unknown kind '{name}' for {what} (kinds: {string.Join(", ", allowedNames)})");
        return null;
    }

    private static string[] Allowed(string[] common, StepKind? kind) =>
        kind is { } known ? [.. common, .. KindKeys[known]] : [.. common, .. KindKeys.Values.SelectMany(keys => keys).Distinct()];

    /// <summary>A key that belongs to other kinds gets its own message.</summary>
    private static string? Misplaced(string key, StepKind? kind, string noun)
    {
        var owners = KindKeys.Where(pair => pair.Value.Contains(key)).Select(pair => StepKinds.Name(pair.Key)).ToList();
        return kind is { } known && owners.Count > 0
            ? $"'{key}' does not belong to a {StepKinds.Name(known)} {noun} (it is for {string.Join(", ", owners)})"
            : null;
    }

    private static List<FormField> Fields(YamlMap map, string what)
    {
        var fields = new List<FormField>();
        var node = map.Get("fields");
        if (node is null)
        {
            map.Problems.Add(map.Node, $"{what} is a form and needs 'fields'");
            return fields;
        }

        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            map.Problems.Add(node, $"'fields' of {what} must be a list of fields (each starting with '- id: ...')");
            return fields;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var fieldKindNames = StepKinds.Names.Where(name => StepKinds.TryParse(name, out var kind) && StepKinds.FieldKinds.Contains(kind)).ToList();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var fieldMap = YamlMap.From(sequence.Children[i], $"field {i + 1} of {what}", map.Problems);
            if (fieldMap is null)
            {
                continue;
            }

            var before = map.Problems.Count;
            var id = fieldMap.String("id", $"field {i + 1} of {what}", required: true);
            var fieldWhat = id is null ? $"field {i + 1} of {what}" : $"field '{id}' of {what}";
            if (id is not null && !Identifiers.IsValid(id))
            {
                map.Problems.Add(fieldMap.Get("id")!, Identifiers.Rule(id));
            }
            else if (id is not null && !ids.Add(id))
            {
                map.Problems.Add(fieldMap.Get("id")!, $"duplicate field id '{id}' in {what}");
            }

            var kind = Kind(fieldMap, fieldWhat, fieldKindNames);
            fieldMap.CheckKeys(Allowed(FieldCommonKeys, kind), fieldWhat, key => Misplaced(key, kind, "field"));
            var label = fieldMap.Text("label", fieldWhat, required: true);
            var required = fieldMap.Bool("required", fieldWhat) ?? true;
            var answer = kind is { } known ? AnswerReader.Read(known, fieldMap, fieldWhat) : null;
            if (map.Problems.Count == before && id is not null && label is not null && answer is not null)
            {
                fields.Add(new FormField(id, label, required, answer));
            }
        }

        return fields;
    }
}
