using System.Globalization;
using System.Resources;

namespace TraineeBot.Core.Localization;

/// <summary>
/// One feature's user-visible texts: a <c>.resx</c> pair next to the feature (Swedish neutral, <c>.en.resx</c> English),
/// read by key in the user's language. <c>tests/…/Localization/TextResourcesTests</c> checks every pair has the same
/// keys and placeholders.
/// </summary>
public sealed class TextResources(Type anchor, string baseName)
{
    private readonly ResourceManager resources = new(baseName, anchor.Assembly);

    /// <summary>The text <paramref name="key"/> in <paramref name="language"/> (sv or en), formatted with <paramref name="args"/>.</summary>
    public string Get(string language, string key, params object?[] args)
    {
        var culture = BotTexts.Culture(language);
        var text = resources.GetString(key, culture)
            ?? throw new KeyNotFoundException($"No text named '{key}' in {baseName}.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    public string BaseName => baseName;
}
