namespace TraineeBot.Dialogs;

/// <summary>What a step asks for. The YAML names are the lower-case words in <see cref="StepKinds"/>.</summary>
public enum StepKind
{
    Text,
    Choice,
    Scale,
    YesNo,
    Date,
    Number,
    Form,
    Confirm,
}

/// <summary>The YAML names of the step kinds.</summary>
public static class StepKinds
{
    private static readonly Dictionary<string, StepKind> ByName = new(StringComparer.Ordinal)
    {
        ["text"] = StepKind.Text,
        ["choice"] = StepKind.Choice,
        ["scale"] = StepKind.Scale,
        ["yesno"] = StepKind.YesNo,
        ["date"] = StepKind.Date,
        ["number"] = StepKind.Number,
        ["form"] = StepKind.Form,
        ["confirm"] = StepKind.Confirm,
    };

    /// <summary>The kinds a form field can have.</summary>
    public static readonly IReadOnlySet<StepKind> FieldKinds = new HashSet<StepKind>
    {
        StepKind.Text, StepKind.Choice, StepKind.Scale, StepKind.YesNo, StepKind.Date, StepKind.Number,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string name, out StepKind kind) => ByName.TryGetValue(name, out kind);

    public static string Name(StepKind kind) => ByName.First(pair => pair.Value == kind).Key;
}
