namespace TraineeBot.UnitTests.Manifest;

/// <summary>The two app icons against Teams' rules (sizes from IHDR, colours from the decoded pixels).</summary>
public sealed class IconTests
{
    private static byte[] Icon(string name) => File.ReadAllBytes(AppPackageFiles.SourceIcon(name));

    [Fact]
    public void Color_icon_is_192_by_192()
    {
        var header = PngImage.ReadHeader(Icon("color.png"));

        Assert.Equal((IconRules.ColorSize, IconRules.ColorSize), (header.Width, header.Height));
    }

    [Fact]
    public void Outline_icon_is_32_by_32()
    {
        var header = PngImage.ReadHeader(Icon("outline.png"));

        Assert.Equal((IconRules.OutlineSize, IconRules.OutlineSize), (header.Width, header.Height));
    }

    [Fact]
    public void Outline_icon_is_white_on_a_fully_transparent_background()
    {
        var image = PngImage.Decode(Icon("outline.png"));

        var violations = IconRules.OutlineViolations(image);

        Assert.True(violations.Count == 0,
            $"{violations.Count} pixels are neither white nor fully transparent, e.g. " +
            string.Join(", ", violations.Take(5).Select(v => $"({v.X},{v.Y}) {v.Pixel}")));
        // Not trivially so: there is a symbol and there is background.
        var opaque = image.Pixels().Count(p => p.Pixel.A == 255);
        var transparent = image.Pixels().Count(p => p.Pixel.A == 0);
        Assert.InRange(opaque, 50, (32 * 32) - 200);
        Assert.InRange(transparent, 200, (32 * 32) - 50);
        Assert.Equal(0, image[0, 0].A);
    }

    [Fact]
    public void Color_icon_has_the_accent_colour_as_background_and_48_px_padding_around_the_symbol()
    {
        var image = PngImage.Decode(Icon("color.png"));
        var accent = IconRules.ParseHexColor(
            (string?)AppPackageFiles.ReadObject(AppPackageFiles.SourceManifest)["accentColor"] ?? "");

        var violations = IconRules.PaddingViolations(image, accent);

        Assert.True(violations.Count == 0,
            $"{violations.Count} padding pixels differ from accentColor {accent}, e.g. " +
            string.Join(", ", violations.Take(5).Select(v => $"({v.X},{v.Y}) {v.Pixel}")));
        Assert.All(image.Pixels(), p => Assert.Equal(255, p.Pixel.A));
        // The symbol fills its 96x96 square: it reaches all four edges of it.
        var symbol = image.Pixels().Where(p => p.Pixel != accent).ToList();
        Assert.Equal(IconRules.ColorPadding, symbol.Min(p => p.X));
        Assert.Equal(IconRules.ColorPadding, symbol.Min(p => p.Y));
        Assert.Equal(IconRules.ColorSize - IconRules.ColorPadding - 1, symbol.Max(p => p.X));
        Assert.Equal(IconRules.ColorSize - IconRules.ColorPadding - 1, symbol.Max(p => p.Y));
    }
}
