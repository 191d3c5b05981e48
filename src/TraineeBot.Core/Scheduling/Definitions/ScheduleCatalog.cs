namespace TraineeBot.Core.Scheduling;

/// <summary>
/// All schedule definitions, read from <c>schedules/*.yaml</c> at start. Any problem in any file stops the load with a
/// <see cref="ScheduleDefinitionException"/> that lists every problem found, each with file, line and column.
/// </summary>
public sealed class ScheduleCatalog
{
    private readonly Dictionary<string, ScheduleDefinition> byId;

    private ScheduleCatalog(IReadOnlyList<ScheduleDefinition> definitions)
    {
        All = definitions;
        byId = definitions.ToDictionary(definition => definition.Id, StringComparer.Ordinal);
    }

    /// <summary>Every definition, in file name order.</summary>
    public IReadOnlyList<ScheduleDefinition> All { get; }

    /// <summary>Reads every <c>*.yaml</c> (and <c>*.yml</c>) file directly in <paramref name="folder"/>.</summary>
    /// <exception cref="ScheduleDefinitionException">Any file has any problem; all are listed.</exception>
    /// <exception cref="DirectoryNotFoundException">There is no such folder.</exception>
    public static ScheduleCatalog Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!System.IO.Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No schedules folder at {Path.GetFullPath(folder)}.");
        }

        var sources = System.IO.Directory.EnumerateFiles(folder)
            .Where(path => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => new ScheduleSource(Path.GetFileName(path), Path.GetFullPath(path), File.ReadAllText(path)));
        return Read(sources);
    }

    public ScheduleDefinition? Find(string id) => byId.GetValueOrDefault(id);

    internal static ScheduleCatalog Read(IEnumerable<ScheduleSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var problems = new List<ScheduleDefinitionProblem>();
        var definitions = new List<ScheduleDefinition>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var fileProblems = new ScheduleProblems(source.File);
            var read = ScheduleReader.Read(source, fileProblems);
            problems.AddRange(fileProblems.All);
            if (read is not { } found)
            {
                continue;
            }

            if (!files.TryAdd(found.Definition.Id, source.File))
            {
                problems.Add(new ScheduleDefinitionProblem(source.File, found.IdLine, found.IdColumn,
                    $"schedule id '{found.Definition.Id}' is already used in {files[found.Definition.Id]}"));
                continue;
            }

            definitions.Add(found.Definition);
        }

        if (problems.Count > 0)
        {
            throw new ScheduleDefinitionException(
                [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)]);
        }

        return new ScheduleCatalog(definitions);
    }
}

/// <summary>The text of one schedule file, its name relative to the schedules folder and its full path.</summary>
internal sealed record ScheduleSource(string File, string FullPath, string Yaml);
