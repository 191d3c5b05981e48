using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("sv")]

namespace TraineeBot.Core.Localization;

/// <summary>The bot's user-visible texts, Swedish (neutral resources) and English (satellite).</summary>
public static class BotTexts
{
    private static readonly ResourceManager Resources = new("TraineeBot.Core.Localization.BotTexts", typeof(BotTexts).Assembly);
    private static readonly CultureInfo SwedishCulture = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");

    /// <summary>The text <paramref name="key"/> in <paramref name="language"/> (sv or en), formatted with <paramref name="args"/>.</summary>
    public static string Get(string language, string key, params object?[] args)
    {
        var culture = Culture(language);
        var text = Resources.GetString(key, culture)
            ?? throw new KeyNotFoundException($"No bot text named '{key}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    public static CultureInfo Culture(string language) =>
        language == Users.Language.English ? EnglishCulture : SwedishCulture;
}
