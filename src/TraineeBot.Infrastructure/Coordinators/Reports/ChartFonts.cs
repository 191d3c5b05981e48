using ScottPlot;
using SkiaSharp;

namespace TraineeBot.Infrastructure.Coordinators.Reports;

/// <summary>
/// The chart's font: Liberation Sans embedded in this assembly (the certificate's, SIL OFL), given to ScottPlot by a
/// font resolver, so the chart has text on a machine without any fonts (SkiaSharp's Linux assets here need no
/// fontconfig).
/// </summary>
internal static class ChartFonts
{
    public const string Family = "Liberation Sans";

    private const string ResourcePrefix = "TraineeBot.Certificates.Fonts.";

    private static readonly Lazy<bool> Registered = new(static () =>
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedResolver(Load("LiberationSans-Regular.ttf"), Load("LiberationSans-Bold.ttf")));
        return true;
    });

    public static void EnsureRegistered() => _ = Registered.Value;

    private static byte[] Load(string fileName)
    {
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The embedded font {fileName} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed class EmbeddedResolver(byte[] regular, byte[] bold) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold1, bool italic) =>
            string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? SKTypeface.FromData(SKData.CreateCopy(bold1 ? bold : regular)) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
