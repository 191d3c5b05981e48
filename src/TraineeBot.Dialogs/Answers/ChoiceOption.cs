namespace TraineeBot.Dialogs;

/// <summary>One answer to pick: the stored <see cref="Value"/>, the label shown, and other words that pick it.</summary>
public sealed record ChoiceOption(string Value, LocalizedText Label)
{
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Every name that picks this option, normalised: value, Swedish and English labels, synonyms.</summary>
    internal IReadOnlyList<string> Names() =>
    [
        .. new[] { Value, Label.Swedish, Label.English ?? string.Empty }.Concat(Synonyms)
            .Select(InputText.Normalize)
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal),
    ];
}
