namespace TraineeBot.Dialogs;

/// <summary>
/// All dialog definitions of the bot, read from <c>dialogs/*.yaml</c> at start. Any problem in any file stops the
/// load with a <see cref="DialogDefinitionException"/> that lists every problem found.
/// </summary>
public sealed class DialogCatalog
{
    private readonly Dictionary<string, DialogDefinition> byId;
    private readonly Dictionary<string, DialogDefinition> byTrigger;

    private DialogCatalog(IReadOnlyList<DialogDefinition> definitions)
    {
        Definitions = definitions;
        byId = definitions.ToDictionary(definition => definition.Id, StringComparer.Ordinal);
        byTrigger = new Dictionary<string, DialogDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            foreach (var trigger in definition.Triggers)
            {
                byTrigger.TryAdd(InputText.Normalize(trigger), definition);
            }
        }
    }

    public IReadOnlyCollection<DialogDefinition> Definitions { get; }

    /// <summary>Reads every <c>*.yaml</c> (and <c>*.yml</c>) file directly in <paramref name="folder"/>.</summary>
    /// <param name="knownEndActions">Names of the end actions registered in code; any other name in a file is a problem.</param>
    /// <exception cref="DialogDefinitionException">Any file has any problem; all are listed.</exception>
    /// <exception cref="DirectoryNotFoundException">There is no such folder.</exception>
    public static DialogCatalog Load(string folder, IReadOnlySet<string> knownEndActions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No dialogs folder at {Path.GetFullPath(folder)}.");
        }

        var sources = Directory.EnumerateFiles(folder)
            .Where(path => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => new DialogSource(Path.GetFileName(path), File.ReadAllText(path)));
        return Read(sources, knownEndActions);
    }

    public DialogDefinition? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The dialog a message starts, by the definitions' <c>triggers</c> (case, accents and end punctuation ignored).</summary>
    public DialogDefinition? FindByTrigger(string text) => byTrigger.GetValueOrDefault(InputText.Normalize(text));

    internal static DialogCatalog Read(IEnumerable<DialogSource> sources, IReadOnlySet<string> knownEndActions)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(knownEndActions);
        var problems = new List<DefinitionProblem>();
        var definitions = new List<DialogDefinition>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var triggers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var fileProblems = new ProblemList(source.File);
            var definition = DefinitionReader.Read(source, fileProblems, knownEndActions);
            problems.AddRange(fileProblems.All);
            if (definition is null)
            {
                continue;
            }

            if (!files.TryAdd(definition.Id, source.File))
            {
                problems.Add(new DefinitionProblem(source.File, definition.IdPosition.Line, definition.IdPosition.Column,
                    $"dialog id '{definition.Id}' is already used in {files[definition.Id]}"));
                continue;
            }

            foreach (var trigger in definition.Triggers)
            {
                if (!triggers.TryAdd(InputText.Normalize(trigger), definition.Id))
                {
                    problems.Add(new DefinitionProblem(source.File, definition.TriggersPosition.Line, definition.TriggersPosition.Column,
                        $"trigger '{trigger}' already starts dialog '{triggers[InputText.Normalize(trigger)]}'"));
                }
            }

            definitions.Add(definition);
        }

        if (problems.Count > 0)
        {
            throw new DialogDefinitionException(
                [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)]);
        }

        return new DialogCatalog(definitions);
    }
}
