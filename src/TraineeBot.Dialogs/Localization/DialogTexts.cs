using System.Globalization;
using System.Resources;

namespace TraineeBot.Dialogs;

/// <summary>The engine's own texts (problems, summary wording), Swedish (neutral resources) and English (satellite).</summary>
internal static class DialogTexts
{
    private static readonly ResourceManager Resources = new(typeof(DialogTexts));
    private static readonly CultureInfo SwedishCulture = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");

    /// <summary>The text <paramref name="key"/> in <paramref name="language"/> (sv or en), formatted with <paramref name="args"/>.</summary>
    public static string Get(string language, string key, params object?[] args)
    {
        var culture = DialogLanguage.IsEnglish(language) ? EnglishCulture : SwedishCulture;
        var text = Resources.GetString(key, culture)
            ?? throw new KeyNotFoundException($"No dialog text named '{key}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
