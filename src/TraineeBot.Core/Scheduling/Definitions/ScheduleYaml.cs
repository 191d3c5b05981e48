using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Core.Scheduling;

/// <summary>Collects the problems found in one schedule file, each at a YAML position.</summary>
internal sealed class ScheduleProblems(string file)
{
    private readonly List<ScheduleDefinitionProblem> problems = [];

    public IReadOnlyList<ScheduleDefinitionProblem> All => problems;

    public int Count => problems.Count;

    public void Add(YamlNode node, string message) => Add(node.Start, message);

    public void Add(Mark mark, string message) =>
        problems.Add(new ScheduleDefinitionProblem(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), message));
}

/// <summary>Reads a schedule file's YAML into nodes with positions, and its mappings with every key checked.</summary>
internal sealed class ScheduleYaml
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries;

    private ScheduleYaml(YamlMappingNode node, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, ScheduleProblems problems)
    {
        Node = node;
        this.entries = entries;
        Problems = problems;
    }

    public YamlMappingNode Node { get; }

    public ScheduleProblems Problems { get; }

    public IEnumerable<string> Keys => entries.Keys;

    /// <summary>The single document of a file, or null (with a problem) when it is not valid YAML, empty or has several documents.</summary>
    public static YamlNode? Root(string yaml, ScheduleProblems problems)
    {
        var parser = new PositionTrackingParser(new Parser(new StringReader(yaml)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            problems.Add(e.Start, $"not valid YAML: {Sentence(e.Message)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            problems.Add(parser.LastPosition, "not valid YAML here: check brackets, quotes and indentation");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            problems.Add(Mark.Empty, "the file is empty; a schedule needs id, recipient, sends and when");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            problems.Add(stream.Documents[1].RootNode, "a file holds one schedule; remove the second document (after ---)");
        }

        return stream.Documents[0].RootNode;
    }

    public static ScheduleYaml? From(YamlNode node, string what, ScheduleProblems problems)
    {
        if (node is not YamlMappingNode mapping)
        {
            problems.Add(node, $"{what} must be a mapping (key: value lines, or {{ key: value, ... }})");
            return null;
        }

        var entries = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalar)
            {
                problems.Add(key, $"a key in {what} must be a plain word");
                continue;
            }

            entries[name] = (scalar, value);
        }

        return new ScheduleYaml(mapping, entries, problems);
    }

    /// <summary>Reports keys that are not in <paramref name="allowed"/>, suggesting the closest allowed key.</summary>
    public void CheckKeys(IReadOnlyCollection<string> allowed, string what, Func<string, string?>? explain = null)
    {
        foreach (var (key, _) in entries.Values)
        {
            var name = key.Value!;
            if (allowed.Contains(name))
            {
                continue;
            }

            if (explain?.Invoke(name) is { } explanation)
            {
                Problems.Add(key, explanation);
                continue;
            }

            Problems.Add(key, Closest(name, allowed) is { } suggestion
                ? $"unknown key '{name}' in {what} (did you mean '{suggestion}'?)"
                : $"unknown key '{name}' in {what} (allowed: {string.Join(", ", allowed)})");
        }
    }

    public bool Has(string key) => entries.ContainsKey(key);

    public YamlNode? Get(string key) => entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public YamlScalarNode? KeyNode(string key) => entries.TryGetValue(key, out var entry) ? entry.Key : null;

    public YamlNode? Require(string key, string what)
    {
        var value = Get(key);
        if (value is null)
        {
            Problems.Add(Node, $"{what} has no '{key}'");
        }

        return value;
    }

    /// <summary>The trimmed text of a scalar value, or null (with a problem) when it is missing (if required), a list, a mapping or empty.</summary>
    public string? String(string key, string what, bool required = false)
    {
        var node = required ? Require(key, what) : Get(key);
        return node is null ? null : ScalarText(node, $"'{key}' of {what}");
    }

    public string? ScalarText(YamlNode node, string what)
    {
        if (node is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
        {
            Problems.Add(node, $"{what} must be a single non-empty value");
            return null;
        }

        return text.Trim();
    }

    /// <summary>The allowed word within two edits of <paramref name="name"/> (case ignored), if any.</summary>
    public static string? Closest(string name, IEnumerable<string> allowed) => allowed
        .Select(candidate => (candidate, distance: EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant())))
        .Where(pair => pair.distance <= 2)
        .OrderBy(pair => pair.distance)
        .Select(pair => pair.candidate)
        .FirstOrDefault();

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Sentence(string message)
    {
        var text = message.Trim();
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    /// <summary>Remembers where the parser was, for errors YamlDotNet reports without a position.</summary>
    private sealed class PositionTrackingParser(IParser inner) : IParser
    {
        public Mark LastPosition { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is not null)
            {
                LastPosition = inner.Current.End;
            }

            return moved;
        }
    }
}
