using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Dialogs;

/// <summary>Reads one YAML file into nodes with positions, turning syntax errors into problems.</summary>
internal static class YamlFile
{
    public static YamlNode? Root(DialogSource source, ProblemList problems)
    {
        var parser = new PositionTrackingParser(new Parser(new StringReader(source.Yaml)));
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
            problems.Add(Mark.Empty, "the file is empty; a dialog needs id, version, title and steps");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            problems.Add(stream.Documents[1].RootNode, "a file holds one dialog; remove the second document (after ---)");
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
