namespace TraineeBot.Core.Users;

/// <summary>The two languages the bot writes in. Swedish first.</summary>
public static class Language
{
    public const string Swedish = "sv";
    public const string English = "en";

    /// <summary>English when the client's locale is English, otherwise Swedish.</summary>
    public static string FromClientLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Swedish;

    public static string Normalize(string? language) => language == English ? English : Swedish;

    public static string Other(string language) => Normalize(language) == English ? Swedish : English;
}
