namespace TraineeBot.UnitTests.Manifest;

/// <summary>Teams' rules for the two app icons, as checks on decoded pixels.</summary>
public static class IconRules
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;
    public const int ColorPadding = 48;

    /// <summary>
    /// Pixels of an outline icon that break "white (#FFFFFF) on a fully transparent background": any pixel that is
    /// not fully transparent must be pure white (its alpha may vary, for anti-aliasing).
    /// </summary>
    public static IReadOnlyList<(int X, int Y, Rgba Pixel)> OutlineViolations(PngImage image) =>
        [.. image.Pixels().Where(p => p.Pixel.A != 0 && (p.Pixel.R, p.Pixel.G, p.Pixel.B) != (255, 255, 255))];

    /// <summary>Pixels of the colour icon's padding (outside the centred symbol square) that differ from the background.</summary>
    public static IReadOnlyList<(int X, int Y, Rgba Pixel)> PaddingViolations(PngImage image, Rgba background)
    {
        var inner = image.Width - ColorPadding;
        return [.. image.Pixels().Where(p =>
            (p.X < ColorPadding || p.X >= inner || p.Y < ColorPadding || p.Y >= inner) && p.Pixel != background)];
    }

    public static Rgba ParseHexColor(string hex)
    {
        if (hex is not ['#', _, _, _, _, _, _])
        {
            throw new FormatException($"Not a #RRGGBB colour: {hex}");
        }

        var value = Convert.ToInt32(hex[1..], 16);
        return new Rgba((byte)(value >> 16), (byte)(value >> 8), (byte)value, 255);
    }
}
