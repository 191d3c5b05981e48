using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("sv")]

namespace TraineeBot.Core.Localization;

/// <summary>The bot's user-visible texts, Swedish (neutral resources) and English (satellite).</summary>
public static class BotTexts
{
    private static readonly TextResources Resources = new(typeof(BotTexts), "TraineeBot.Core.Localization.BotTexts");
    private static readonly CultureInfo SwedishCulture = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");

    /// <summary>The text <paramref name="key"/> in <paramref name="language"/> (sv or en), formatted with <paramref name="args"/>.</summary>
    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);

    public static CultureInfo Culture(string language) =>
        language == Users.Language.English ? EnglishCulture : SwedishCulture;
}
