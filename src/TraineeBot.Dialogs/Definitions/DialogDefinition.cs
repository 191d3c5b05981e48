namespace TraineeBot.Dialogs;

/// <summary>A dialog read from a <c>dialogs/*.yaml</c> file.</summary>
public sealed class DialogDefinition
{
    private readonly Dictionary<string, int> indexById;

    public DialogDefinition(string id, int version, LocalizedText title, IReadOnlyList<StepDefinition> steps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(steps);
        Id = id;
        Version = version;
        Title = title;
        Steps = steps;
        indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            indexById.TryAdd(steps[i].Id, i);
        }
    }

    public string Id { get; }

    /// <summary>Bumped by the author when the questions change; answers are stored against the version they were given in.</summary>
    public int Version { get; }

    public LocalizedText Title { get; }

    public IReadOnlyList<StepDefinition> Steps { get; }

    /// <summary>Names of the actions the bot runs when the dialog is completed (registered in code).</summary>
    public IReadOnlyList<string> EndActions { get; init; } = [];

    /// <summary>Said when the dialog is completed; the engine has a default.</summary>
    public LocalizedText? Completion { get; init; }

    /// <summary>Words that start the dialog (e.g. "tyck till", "feedback"), as the author wrote them.</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    /// <summary>The file the dialog was read from (relative to the dialogs folder), if any.</summary>
    public string? File { get; init; }

    /// <summary>Where the id and the triggers are written, for messages about the catalog.</summary>
    internal (int Line, int Column) IdPosition { get; init; } = (1, 1);

    internal (int Line, int Column) TriggersPosition { get; init; } = (1, 1);

    public StepDefinition? FindStep(string id) =>
        indexById.TryGetValue(id, out var index) ? Steps[index] : null;

    public int IndexOf(string stepId) => indexById.TryGetValue(stepId, out var index) ? index : -1;
}
