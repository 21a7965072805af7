using System.Text;

namespace Yearbook.Output;

/// <summary>
/// A page rendered into memory and written to its file in one call. Each thread keeps its own text
/// and byte buffers from page to page: opening a buffered stream per page allocated a fresh 96 KB
/// encoder buffer (on the large-object heap) for each of twenty thousand pages.
/// </summary>
internal sealed class PageBuffer
{
    /// <summary>Buffers grown past this by an unusually large page are dropped rather than kept.</summary>
    private const int KeepCharacters = 1 << 20;

    [ThreadStatic]
    private static PageBuffer? s_current;

    private readonly StringWriter _text = new(System.Globalization.CultureInfo.InvariantCulture);
    private readonly Encoder _encoder;
    private byte[] _bytes = [];

    private PageBuffer(Encoding encoding) => _encoder = encoding.GetEncoder();

    /// <summary>What to do with a page's bytes; they are only valid during the call.</summary>
    public delegate void BytesAction(ReadOnlySpan<byte> bytes);

    /// <summary>Renders with <paramref name="write"/> and writes the text to <paramref name="path"/> in <paramref name="encoding"/>.</summary>
    public static void Write(string path, Encoding encoding, Action<TextWriter> write) =>
        Encode(encoding, write, bytes => NewFile.Write(path, bytes));

    /// <summary>Renders with <paramref name="write"/> and hands the text, in <paramref name="encoding"/>, to <paramref name="use"/>.</summary>
    public static void Encode(Encoding encoding, Action<TextWriter> write, BytesAction use)
    {
        var buffer = s_current ??= new PageBuffer(encoding);
        var text = buffer._text.GetStringBuilder();
        try
        {
            write(buffer._text);
            var length = buffer.Encode(text, encoding);
            use(buffer._bytes.AsSpan(0, length));
        }
        finally
        {
            text.Clear();
            buffer._encoder.Reset();
            if (text.Capacity > KeepCharacters)
            {
                s_current = null;
            }
        }
    }

    private int Encode(StringBuilder text, Encoding encoding)
    {
        // The worst case (three bytes a character in UTF-8) is a cheap bound for ordinary pages, whose
        // buffer is kept; an index page of tens of megabytes is counted, not tripled on the large-object heap.
        var needed = text.Length <= KeepCharacters ? encoding.GetMaxByteCount(text.Length) : ByteCount(text, encoding);
        if (_bytes.Length < needed)
        {
            _bytes = GC.AllocateUninitializedArray<byte>(Math.Max(needed, _bytes.Length * 2));
        }

        // Chunk by chunk, through one encoder, so a surrogate pair split between chunks stays whole.
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += _encoder.GetBytes(chunk.Span, _bytes.AsSpan(written), flush: false);
        }

        written += _encoder.GetBytes([], _bytes.AsSpan(written), flush: true);
        return written;
    }

    /// <summary>At least the encoded length of <paramref name="text"/> (a surrogate pair split between chunks counts more, never less).</summary>
    private static int ByteCount(StringBuilder text, Encoding encoding)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
        {
            count += encoding.GetByteCount(chunk.Span);
        }

        return count;
    }
}
