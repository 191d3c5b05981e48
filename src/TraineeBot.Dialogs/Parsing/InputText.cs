using System.Globalization;
using System.Text;

namespace TraineeBot.Dialogs;

/// <summary>How typed answers are compared: trimmed, lower case, without accents (å→a, é→e), single spaces, no end punctuation.</summary>
internal static class InputText
{
    /// <summary>Longest input the parsers look at closely; longer answers are only ever text answers.</summary>
    public const int MaxParsedLength = 200;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }

        return TrimPunctuation(builder.ToString());
    }

    /// <summary>Removes skin-tone modifiers and variation selectors so "👍🏽" reads as "👍".</summary>
    public static string WithoutEmojiModifiers(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                if (codePoint is >= 0x1F3FB and <= 0x1F3FF)
                {
                    i++;
                    continue;
                }

                builder.Append(text[i]).Append(text[i + 1]);
                i++;
                continue;
            }

            if (text[i] is '\uFE0F' or '\uFE0E')
            {
                continue;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static string TrimPunctuation(string text) =>
        text.Trim().TrimEnd('.', '!', '?', ',', ';', ':').Trim().Trim('"', '\'', '“', '”', '«', '»').Trim();
}
