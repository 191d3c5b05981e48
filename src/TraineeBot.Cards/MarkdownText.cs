using System.Text;

namespace TraineeBot.Cards;

/// <summary>
/// User-provided text (names, answers, concerns, help requests) for a card's <c>TextBlock</c>, which Teams renders as
/// markdown (bold, italic, lists, links). <see cref="Escape"/> backslash-escapes what would turn into formatting or a
/// link, so <c>[klicka](https://evil.example)</c> or <c>**VIKTIGT**</c> in a name shows as typed. Escape only the user's
/// part, never a whole text from a .resx that has our own <c>**bold**</c> in it, and only at the card (the stored value is
/// never escaped). <c>${…}</c> needs no escaping: data values are never expanded again (docs/templating.md).
/// </summary>
public static class MarkdownText
{
    /// <summary>Escaped anywhere: emphasis, links (the brackets are enough), code, strike-through, autolinks and the escape itself.</summary>
    private const string Special = "\\*_[]`~<";

    /// <summary>Escaped at the start of a line (after spaces): headings, quotes and list markers.</summary>
    private const string LineStart = "#>-+=";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Special.Contains(c, StringComparison.Ordinal) || (atLineStart && LineStart.Contains(c, StringComparison.Ordinal)))
            {
                builder.Append('\\');
            }
            else if (atLineStart && char.IsAsciiDigit(c) && OrderedListMarker(text, i) is { } dot)
            {
                // "1. text" is a numbered list: escape its dot (or parenthesis).
                builder.Append(text, i, dot - i).Append('\\').Append(text[dot]);
                i = dot;
                atLineStart = false;
                continue;
            }

            builder.Append(c);
            atLineStart = c is '\n' or '\r' || (atLineStart && c is ' ' or '\t');
        }

        return builder.ToString();
    }

    /// <summary>The inverse of <see cref="Escape"/>: what a markdown reader shows for escaped text.</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsAscii(text[i + 1]) && (char.IsPunctuation(text[i + 1]) || char.IsSymbol(text[i + 1])))
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static int? OrderedListMarker(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] is '.' or ')' ? i : null;
    }
}
