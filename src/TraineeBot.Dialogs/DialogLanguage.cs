namespace TraineeBot.Dialogs;

/// <summary>The languages a dialog speaks: Swedish first, English on request.</summary>
public static class DialogLanguage
{
    public const string Swedish = "sv";
    public const string English = "en";

    /// <summary>True for "en" and "en-*"; everything else is Swedish.</summary>
    public static bool IsEnglish(string? language) =>
        language is not null && (language.Equals(English, StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase));
}
