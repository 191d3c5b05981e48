namespace TraineeBot.UnitTests.Manifest;

/// <summary>The PNG reader and the outline rule work, so that passing icon tests mean something.</summary>
public sealed class PngImageTests
{
    private static Rgba Pattern(int x, int y) =>
        new((byte)((x * 37) + (y * 11)), (byte)((x * 5) ^ (y * 71)), (byte)(255 - (x * y)), (byte)((x + y) * 29));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Decode_undoes_each_row_filter(byte filter)
    {
        var png = PngTestEncoder.Encode(9, 7, Pattern, filter);

        var image = PngImage.Decode(png);

        Assert.Equal((9, 7), (image.Width, image.Height));
        Assert.All(image.Pixels(), p => Assert.Equal(Pattern(p.X, p.Y), p.Pixel));
    }

    [Fact]
    public void Decode_rejects_a_damaged_chunk()
    {
        var png = PngTestEncoder.Encode(4, 4, Pattern, 0);
        png[^20] ^= 0x01; // inside the IDAT data

        Assert.Throws<InvalidDataException>(() => PngImage.Decode(png));
    }

    [Fact]
    public void Outline_rule_flags_only_pixels_that_are_visible_and_not_white()
    {
        var white = new Rgba(255, 255, 255, 255);
        var transparent = new Rgba(0, 0, 0, 0);
        var pixels = new Dictionary<(int, int), Rgba>
        {
            [(3, 4)] = new(200, 200, 200, 255),   // grey: wrong
            [(5, 6)] = new(0, 0, 0, 10),          // faint black: wrong
            [(7, 8)] = new(255, 255, 255, 128),   // half-transparent white: fine
            [(9, 9)] = new(255, 0, 0, 0),         // fully transparent red: fine
            [(1, 1)] = white,
        };
        var png = PngTestEncoder.Encode(IconRules.OutlineSize, IconRules.OutlineSize,
            (x, y) => pixels.TryGetValue((x, y), out var p) ? p : transparent, 4);

        var violations = IconRules.OutlineViolations(PngImage.Decode(png));

        Assert.Equal([(3, 4), (5, 6)], violations.Select(v => (v.X, v.Y)));
    }

    [Fact]
    public void Padding_rule_flags_pixels_in_the_padding_that_differ_from_the_background()
    {
        var background = new Rgba(0x1F, 0x5C, 0x99, 255);
        var png = PngTestEncoder.Encode(IconRules.ColorSize, IconRules.ColorSize,
            (x, y) => (x, y) is (47, 100) or (100, 100) ? new Rgba(255, 255, 255, 255) : background, 1);

        var violations = IconRules.PaddingViolations(PngImage.Decode(png), background);

        Assert.Equal([(47, 100)], violations.Select(v => (v.X, v.Y)));
    }
}
