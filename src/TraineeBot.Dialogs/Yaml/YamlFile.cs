using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Dialogs.Yaml;

/// <summary>Reads one YAML file into nodes with positions, turning syntax errors into problems.</summary>
public static class YamlFile
{
    /// <summary>
    /// The single document of <paramref name="yaml"/>, or null (with a problem) when it is not valid YAML or is empty;
    /// a second document is reported and ignored.
    /// </summary>
    /// <param name="yaml">The text of the file.</param>
    /// <param name="problems">Where problems are reported.</param>
    /// <param name="kind">What one file defines, for messages: "dialog", "schedule".</param>
    /// <param name="requiredKeys">The keys such a definition needs, for the empty-file message: "id, version, title and steps".</param>
    public static YamlNode? Root(string yaml, IYamlProblems problems, string kind, string requiredKeys)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(problems);
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
            problems.Add(Mark.Empty, $"the file is empty; a {kind} needs {requiredKeys}");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            problems.Add(stream.Documents[1].RootNode, $"a file holds one {kind}; remove the second document (after ---)");
        }

        return stream.Documents[0].RootNode;
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
