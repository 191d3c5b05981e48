using FuzzySharp;
using TraineeBot.Core.Conversations;
using TraineeBot.Dialogs;
using TraineeBot.Dialogs.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TraineeBot.Core.Trainees.Help.Faq;

/// <summary>One FAQ entry: the ways a trainee may ask (Swedish and English) and the answer in both languages.</summary>
/// <param name="Answer">May hold <c>{coordinatorName}</c> and <c>{coordinatorPhone}</c>, filled from the trainee's coordinator.</param>
public sealed record FaqEntry(string Id, IReadOnlyList<string> Questions, LocalizedText Answer);

/// <summary>A problem in the FAQ file, with its place.</summary>
public sealed record FaqProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>The FAQ file has problems; the message lists every one as <c>file:line:column: what</c>.</summary>
public sealed class FaqDefinitionException(IReadOnlyList<FaqProblem> problems)
    : Exception("The FAQ has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<FaqProblem> Problems { get; } = problems;
}

/// <summary>A match: the entry and how well (0–100) the best of its phrasings matched.</summary>
public sealed record FaqMatch(FaqEntry Entry, int Score, string Phrasing);

/// <summary>
/// The programme's FAQ (<c>dialogs/faq/faq.yaml</c>), and fuzzy matching of a trainee's question against it
/// (FuzzySharp: the better of weighted ratio and token set ratio, after <see cref="ConversationCommands.Normalize"/>).
/// </summary>
public sealed class FaqCatalog
{
    /// <summary>A question must match a phrasing at least this well (0–100).</summary>
    public const int DefaultThreshold = 78;

    /// <summary>Words that say nothing about the subject; a message of only these never matches ("hur?", "what is it").</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "vad", "hur", "nar", "var", "vem", "varfor", "kan", "far", "jag", "du", "man", "min", "mitt", "mina", "det", "den", "en", "ett",
        "ar", "om", "i", "pa", "och", "att", "ska", "skall", "har", "gor", "vilken", "vilka", "mig", "mej", "sa", "da", "nu", "till",
        "what", "how", "when", "where", "who", "why", "can", "may", "is", "are", "the", "a", "an", "i", "my", "me", "do", "does", "it",
        "if", "to", "of", "on", "in", "and", "should", "have", "get", "which", "you",
    };

    private readonly (FaqEntry Entry, string Normalized, string Original)[] phrasings;

    private FaqCatalog(IReadOnlyList<FaqEntry> entries)
    {
        Entries = entries;
        phrasings = [.. entries.SelectMany(e => e.Questions.Select(q => (e, ConversationCommands.Normalize(q), q)))];
    }

    public IReadOnlyList<FaqEntry> Entries { get; }

    /// <summary>The best entry for <paramref name="question"/> at or above <paramref name="threshold"/>, or null.</summary>
    public FaqMatch? Match(string question, int threshold = DefaultThreshold)
    {
        var normalized = ConversationCommands.Normalize(question);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.Any(w => w.Length >= 3 && !StopWords.Contains(w)))
        {
            return null;
        }

        FaqMatch? best = null;
        foreach (var (entry, phrase, original) in phrasings)
        {
            var score = Math.Max(Fuzz.WeightedRatio(normalized, phrase), Fuzz.TokenSetRatio(normalized, phrase));
            if (score >= threshold && (best is null || score > best.Score))
            {
                best = new FaqMatch(entry, score, original);
            }
        }

        return best;
    }

    /// <summary>Reads the FAQ file.</summary>
    /// <exception cref="FaqDefinitionException">The file has problems; all are listed with line and column.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static FaqCatalog Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No FAQ file at {Path.GetFullPath(path)}.", path);
        }

        return Read(Path.GetFileName(path), File.ReadAllText(path));
    }

    /// <exception cref="FaqDefinitionException">The text has problems; all are listed with line and column.</exception>
    public static FaqCatalog Read(string file, string yaml)
    {
        var problems = new Problems(file);
        var entries = new List<FaqEntry>();
        if (YamlFile.Root(yaml, problems, "FAQ", "entries") is { } root && YamlMap.From(root, "the FAQ file", problems) is { } map)
        {
            map.CheckKeys(["entries"], "the FAQ file");
            if (map.Require("entries", "the FAQ file") is { } list)
            {
                if (list is not YamlSequenceNode sequence)
                {
                    problems.Add(list, "'entries' must be a list of entries (lines starting with '- id:')");
                }
                else
                {
                    var ids = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var item in sequence.Children)
                    {
                        if (ReadEntry(item, problems) is { } entry)
                        {
                            if (!ids.Add(entry.Id))
                            {
                                problems.Add(item, $"the id '{entry.Id}' is used by an earlier entry");
                                continue;
                            }

                            entries.Add(entry);
                        }
                    }

                    if (sequence.Children.Count == 0)
                    {
                        problems.Add(list, "'entries' is empty; write at least one entry");
                    }
                }
            }
        }

        if (problems.All.Count > 0)
        {
            throw new FaqDefinitionException(problems.All);
        }

        return new FaqCatalog(entries);
    }

    private static FaqEntry? ReadEntry(YamlNode node, Problems problems)
    {
        if (YamlMap.From(node, "an FAQ entry", problems) is not { } map)
        {
            return null;
        }

        var before = problems.Count;
        map.CheckKeys(["id", "questions", "answer"], "an FAQ entry");
        var id = map.String("id", "an FAQ entry", required: true);
        var what = id is null ? "an FAQ entry" : $"FAQ entry '{id}'";
        var questions = new List<string>();
        if (map.Require("questions", what) is { } questionsNode && YamlMap.From(questionsNode, $"'questions' of {what}", problems, "sv: [...] and en: [...]") is { } byLanguage)
        {
            byLanguage.CheckKeys(["sv", "en"], $"'questions' of {what}");
            foreach (var language in new[] { "sv", "en" })
            {
                var phrased = byLanguage.Strings(language, $"'questions' of {what}");
                if (phrased is null || phrased.Count == 0)
                {
                    problems.Add(questionsNode, $"'questions' of {what} needs at least one {(language == "sv" ? "Swedish (sv)" : "English (en)")} phrasing");
                    continue;
                }

                foreach (var question in phrased)
                {
                    if (string.IsNullOrWhiteSpace(ConversationCommands.Normalize(question)))
                    {
                        problems.Add(questionsNode, $"a phrasing in 'questions' of {what} has no words");
                    }
                }

                questions.AddRange(phrased);
            }
        }

        var answer = map.Text("answer", what, required: true);
        if (answer is not null && string.IsNullOrWhiteSpace(answer.English))
        {
            problems.Add(map.Get("answer")!, $"'answer' of {what} needs an English text (en) too");
        }

        foreach (var text in new[] { answer?.Swedish, answer?.English })
        {
            foreach (var placeholder in Placeholders(text))
            {
                if (!FaqAnswers.KnownPlaceholders.Contains(placeholder))
                {
                    problems.Add(map.Get("answer")!, $"unknown placeholder '{{{placeholder}}}' in 'answer' of {what}; known: {string.Join(", ", FaqAnswers.KnownPlaceholders.Select(p => "{" + p + "}"))}");
                }
            }
        }

        return problems.Count > before || id is null || answer is null ? null : new FaqEntry(id, questions, answer);
    }

    private static IEnumerable<string> Placeholders(string? text)
    {
        if (text is null)
        {
            yield break;
        }

        var at = 0;
        while ((at = text.IndexOf('{', at)) >= 0)
        {
            var end = text.IndexOf('}', at);
            if (end < 0)
            {
                yield break;
            }

            yield return text[(at + 1)..end];
            at = end + 1;
        }
    }

    private sealed class Problems(string file) : IYamlProblems
    {
        private readonly List<FaqProblem> problems = [];

        public List<FaqProblem> All => problems;

        public int Count => problems.Count;

        public void Add(YamlNode node, string message) => Add(node.Start, message);

        public void Add(Mark mark, string message) =>
            problems.Add(new FaqProblem(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), message));
    }
}
