using System.Text;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace TraineeBot.Infrastructure.Certificates;

/// <summary>
/// A TrueType font shipped inside this assembly (Liberation Sans, SIL OFL 1.1, see <c>Fonts/OFL.txt</c>), so a PDF
/// renders the same on any machine, with no system fonts and no network. Knows each character's advance width (for
/// wrapping) and which characters it has (the others are written as "?", since a PDF cannot show a missing glyph).
/// </summary>
internal sealed class CertificateFont
{
    private const string ResourcePrefix = "TraineeBot.Certificates.Fonts.";

    private readonly TrueTypeFont font;
    private readonly double unitsPerEm;

    private CertificateFont(byte[] bytes)
    {
        Bytes = bytes;
        font = TrueTypeFontParser.Parse(new TrueTypeDataBytes(bytes));
        unitsPerEm = font.GetUnitsPerEm();
    }

    public static CertificateFont Regular { get; } = Load("LiberationSans-Regular.ttf");

    public static CertificateFont Bold { get; } = Load("LiberationSans-Bold.ttf");

    /// <summary>The TrueType file, for <c>PdfDocumentBuilder.AddTrueTypeFont</c> (which embeds only the glyphs used).</summary>
    public byte[] Bytes { get; }

    public bool Has(char c) => font.TryGetAdvanceWidth(c, out _);

    /// <summary>The width of <paramref name="text"/> at <paramref name="size"/> points; every character must be <see cref="Has"/>.</summary>
    public double Width(string text, double size)
    {
        double units = 0;
        foreach (var c in text)
        {
            units += font.TryGetAdvanceWidth(c, out var advance) ? advance : 0;
        }

        return units / unitsPerEm * size;
    }

    /// <summary>
    /// The text as this font can write it: tabs become spaces, other control characters go (line breaks stay), and
    /// a character the font lacks (or an astral one, such as an emoji) becomes "?".
    /// </summary>
    public string Writable(string text)
    {
        var writable = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }

                writable.Append('?');
            }
            else if (c is '\n')
            {
                writable.Append(c);
            }
            else if (c is '\t' || (char.IsWhiteSpace(c) && !Has(c)))
            {
                writable.Append(' ');
            }
            else if (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                // \r, zero-width and direction marks: nothing to draw
            }
            else
            {
                writable.Append(Has(c) ? c : '?');
            }
        }

        return writable.ToString();
    }

    private static CertificateFont Load(string fileName)
    {
        using var stream = typeof(CertificateFont).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The font {fileName} is not embedded in {typeof(CertificateFont).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new CertificateFont(copy.ToArray());
    }
}
