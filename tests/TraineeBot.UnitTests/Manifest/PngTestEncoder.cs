using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TraineeBot.UnitTests.Manifest;

/// <summary>Writes 8-bit RGBA PNGs with a chosen row filter, so the tests can feed <see cref="PngImage"/> known input.</summary>
internal static class PngTestEncoder
{
    public static byte[] Encode(int width, int height, Func<int, int, Rgba> pixel, byte filter)
    {
        var stride = width * 4;
        var rows = new byte[height][];
        for (var y = 0; y < height; y++)
        {
            rows[y] = new byte[stride];
            for (var x = 0; x < width; x++)
            {
                var p = pixel(x, y);
                rows[y][x * 4] = p.R;
                rows[y][(x * 4) + 1] = p.G;
                rows[y][(x * 4) + 2] = p.B;
                rows[y][(x * 4) + 3] = p.A;
            }
        }

        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            var prior = y > 0 ? rows[y - 1] : new byte[stride];
            raw.WriteByte(filter);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= 4 ? rows[y][i - 4] : 0;
                int b = prior[i];
                int c = i >= 4 ? prior[i - 4] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => PngImage.Paeth(a, b, c),
                    _ => throw new ArgumentOutOfRangeException(nameof(filter)),
                };
                raw.WriteByte((byte)(rows[y][i] - predictor));
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(0, 4), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4, 4), (uint)height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)data.Length);
        stream.Write(number);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        stream.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, PngImage.Crc32(typeAndData));
        stream.Write(number);
    }
}
