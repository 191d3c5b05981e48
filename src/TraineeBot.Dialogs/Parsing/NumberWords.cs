namespace TraineeBot.Dialogs;

/// <summary>Small numbers written as words, Swedish and English ("fyra", "four"), compared without accents.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["noll"] = 0, ["en"] = 1, ["ett"] = 1, ["tva"] = 2, ["tre"] = 3, ["fyra"] = 4, ["fem"] = 5, ["sex"] = 6,
        ["sju"] = 7, ["atta"] = 8, ["nio"] = 9, ["tio"] = 10, ["elva"] = 11, ["tolv"] = 12,
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    /// <summary>The number a normalised word names, if any.</summary>
    public static int? Parse(string normalizedWord) =>
        Words.TryGetValue(normalizedWord, out var number) ? number : null;
}
