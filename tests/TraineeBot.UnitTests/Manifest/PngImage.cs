using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TraineeBot.UnitTests.Manifest;

/// <summary>One pixel, 8 bits per channel.</summary>
public readonly record struct Rgba(byte R, byte G, byte B, byte A)
{
    public override string ToString() => $"#{R:X2}{G:X2}{B:X2} alpha {A}";
}

/// <summary>The fields of a PNG's IHDR chunk.</summary>
public sealed record PngHeader(int Width, int Height, byte BitDepth, byte ColorType, byte Compression, byte Filter, byte Interlace);

/// <summary>
/// Just enough PNG reading to check the app icons without an image library: the header of any PNG, and the pixels
/// of an 8-bit RGBA (colour type 6), non-interlaced one, which is what manifest/icons/make-icons.py writes.
/// Chunk CRCs are checked; all five row filter types are undone.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly byte[] rgba;

    private PngImage(PngHeader header, byte[] rgba)
    {
        Header = header;
        this.rgba = rgba;
    }

    public PngHeader Header { get; }

    public int Width => Header.Width;

    public int Height => Header.Height;

    public Rgba this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return new Rgba(rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]);
        }
    }

    public IEnumerable<(int X, int Y, Rgba Pixel)> Pixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                yield return (x, y, this[x, y]);
            }
        }
    }

    /// <summary>Reads the IHDR chunk only.</summary>
    public static PngHeader ReadHeader(byte[] png)
    {
        using var chunks = ReadChunks(png).GetEnumerator();
        if (!chunks.MoveNext() || chunks.Current.Type != "IHDR" || chunks.Current.Data.Length != 13)
        {
            throw new InvalidDataException("A PNG must start with a 13-byte IHDR chunk.");
        }

        var d = chunks.Current.Data;
        return new PngHeader(
            checked((int)BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(0, 4))),
            checked((int)BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(4, 4))),
            d[8], d[9], d[10], d[11], d[12]);
    }

    public static PngImage Decode(byte[] png)
    {
        var header = ReadHeader(png);
        if (header is not { BitDepth: 8, ColorType: 6, Compression: 0, Filter: 0, Interlace: 0 })
        {
            throw new NotSupportedException(
                $"Only 8-bit RGBA (colour type 6), non-interlaced PNGs are supported; this one is {header}.");
        }

        using var idat = new MemoryStream();
        foreach (var chunk in ReadChunks(png))
        {
            if (chunk.Type == "IDAT")
            {
                idat.Write(chunk.Data);
            }
            else if (chunk.Type == "IEND")
            {
                break;
            }
        }

        var stride = header.Width * 4;
        var raw = new byte[header.Height * (stride + 1)];
        idat.Position = 0;
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.ReadExactly(raw);
            if (zlib.ReadByte() != -1)
            {
                throw new InvalidDataException("The image data is longer than its header says.");
            }
        }

        return new PngImage(header, Unfilter(raw, header.Width, header.Height));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        const int bpp = 4;
        var stride = width * bpp;
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var prior = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? row[i - bpp] : 0;
                int b = prior[i];
                int c = i >= bpp ? prior[i - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Row {y} has unknown filter type {filter}."),
                };
                row[i] = (byte)(source[i] + predictor);
            }
        }

        return pixels;
    }

    internal static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static IEnumerable<(string Type, byte[] Data)> ReadChunks(byte[] png)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG: the signature is wrong.");
        }

        var position = Signature.Length;
        while (position < png.Length)
        {
            if (png.Length - position < 12)
            {
                throw new InvalidDataException($"Truncated chunk at byte {position}.");
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position, 4));
            if (length > (uint)(png.Length - position - 12))
            {
                throw new InvalidDataException($"Chunk at byte {position} runs past the end of the file.");
            }

            var typeAndData = png.AsSpan(position + 4, 4 + (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + (int)length, 4));
            var type = Encoding.ASCII.GetString(typeAndData[..4]);
            if (Crc32(typeAndData) != crc)
            {
                throw new InvalidDataException($"The CRC of chunk {type} at byte {position} does not match.");
            }

            yield return (type, typeAndData[4..].ToArray());
            position += 12 + (int)length;
        }
    }

    private static readonly uint[] CrcTable = BuildCrcTable();

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    /// <summary>The CRC-32 that PNG chunks carry (ISO 3309 / zlib).</summary>
    internal static uint Crc32(ReadOnlySpan<byte> data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return c ^ 0xFFFFFFFFu;
    }
}
