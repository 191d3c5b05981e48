using System.Globalization;

namespace TraineeBot.Dialogs;

/// <summary>Numbers as users read them: "3,5" in Swedish, "3.5" in English, a plain hyphen for minus.</summary>
internal static class NumberText
{
    public static string Format(decimal number, string language)
    {
        var text = number.ToString("0.############################", CultureInfo.InvariantCulture);
        return DialogLanguage.IsEnglish(language) ? text : text.Replace('.', ',');
    }

    /// <summary>As a card's number input sends it (invariant).</summary>
    public static string Invariant(decimal number) =>
        number.ToString("0.############################", CultureInfo.InvariantCulture);
}
