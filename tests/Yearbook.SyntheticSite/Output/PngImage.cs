using System.Buffers.Binary;

namespace Yearbook.SyntheticSite.Output;

/// <summary>
/// Encodes a small RGB picture as PNG with stored (uncompressed) deflate blocks: a real image any
/// browser shows, whose bytes depend on nothing but the pixels (a compressor's output may change
/// between library versions, and the synthetic site must be byte-identical for the same seed).
/// </summary>
public static class PngImage
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>Encodes a <paramref name="width"/> × <paramref name="height"/> picture whose pixels <paramref name="pixel"/> gives.</summary>
    public static byte[] Encode(int width, int height, Func<int, int, (byte R, byte G, byte B)> pixel)
    {
        // Raw scanlines: filter byte 0, then RGB.
        var raw = new byte[height * (1 + width * 3)];
        var at = 0;
        for (var y = 0; y < height; y++)
        {
            raw[at++] = 0;
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = pixel(x, y);
                raw[at++] = r;
                raw[at++] = g;
                raw[at++] = b;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Zlib(raw));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A zlib stream of stored blocks (at most 65,535 bytes each) with its Adler-32.</summary>
    private static byte[] Zlib(byte[] data)
    {
        using var zlib = new MemoryStream();
        zlib.WriteByte(0x78);
        zlib.WriteByte(0x01);
        for (var offset = 0; offset < data.Length || offset == 0; offset += 65_535)
        {
            var length = Math.Min(65_535, data.Length - offset);
            zlib.WriteByte((byte)(offset + length >= data.Length ? 1 : 0));
            zlib.WriteByte((byte)length);
            zlib.WriteByte((byte)(length >> 8));
            zlib.WriteByte((byte)~length);
            zlib.WriteByte((byte)(~length >> 8));
            zlib.Write(data, offset, length);
            if (data.Length == 0)
            {
                break;
            }
        }

        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65_521;
            b = (b + a) % 65_521;
        }

        var adler = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(adler, (b << 16) | a);
        zlib.Write(adler);
        return zlib.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        png.Write(buffer);
        var typeBytes = type.Select(c => (byte)c).ToArray();
        png.Write(typeBytes);
        png.Write(data);
        var crc = 0xFFFFFFFFu;
        foreach (var value in typeBytes.Concat(data))
        {
            crc = CrcTable[(crc ^ value) & 0xFF] ^ (crc >> 8);
        }

        BinaryPrimitives.WriteUInt32BigEndian(buffer, crc ^ 0xFFFFFFFFu);
        png.Write(buffer);
    }

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
}
