using System.Buffers;

namespace Yearbook.Conversion;

/// <summary>
/// One step of a conversion chain (OpenCC's Conversion): maximum forward matching against one
/// dictionary (or folded group); a match is replaced by its first value, anything else is copied.
/// </summary>
internal sealed class Conversion
{
    public Conversion(PrefixMatch prefixMatch)
    {
        PrefixMatch = prefixMatch;
    }

    public PrefixMatch PrefixMatch { get; }

    public void Convert(ReadOnlySpan<char> text, IBufferWriter<char> output)
    {
        var prefixMatch = PrefixMatch;
        var writer = new SpanWriter(output, text.Length);
        int i = 0;
        int copyFrom = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!prefixMatch.CanStart(c))
            {
                // Most text a step cannot touch is skipped here without a lookup.
                i += char.IsSurrogate(c) || c is >= '\u2FF0' and <= '\u2FFF' ? TextUnit.UnmatchedLength(text[i..]) : 1;
                continue;
            }
            int matched = prefixMatch.Match(text[i..]);
            if (matched < 0)
            {
                i += TextUnit.UnmatchedLength(text[i..]);
                continue;
            }
            if (i > copyFrom)
            {
                writer.Write(text[copyFrom..i]);
            }
            writer.Write(prefixMatch.Default(matched));
            i += prefixMatch.KeyLength(matched);
            copyFrom = i;
        }
        if (text.Length > copyFrom)
        {
            writer.Write(text[copyFrom..]);
        }
        writer.Flush();
    }

    /// <summary>
    /// The same walk as <see cref="Convert"/>, reporting each match and each run of unmatched text
    /// (entry null) in order; for <see cref="ChineseConverter.Inspect"/>, not for the hot path.
    /// </summary>
    public void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        int i = 0;
        int runStart = 0;
        while (i < text.Length)
        {
            int matched = PrefixMatch.Match(text[i..]);
            if (matched < 0)
            {
                i += TextUnit.UnmatchedLength(text[i..]);
                continue;
            }
            if (i > runStart)
            {
                tokens.Add(new Token(runStart, i - runStart, null));
            }
            int length = PrefixMatch.KeyLength(matched);
            tokens.Add(new Token(i, length, PrefixMatch.GetEntry(matched)));
            i += length;
            runStart = i;
        }
        if (text.Length > runStart)
        {
            tokens.Add(new Token(runStart, text.Length - runStart, null));
        }
    }
}

/// <summary>A span a conversion step matched (<see cref="Entry"/> set) or copied (null).</summary>
internal readonly record struct Token(int Start, int Length, DictEntry? Entry)
{
    public int End => Start + Length;

    public string Output(ReadOnlySpan<char> text) => Entry?.Default ?? text.Slice(Start, Length).ToString();
}

/// <summary>
/// Writes into the span an <see cref="IBufferWriter{T}"/> hands out and advances it only when the span
/// is full or at the end: a conversion writes one or two characters per match, and asking the writer
/// for each of them cost more than the lookup.
/// </summary>
internal ref struct SpanWriter
{
    private const int MinimumRequest = 256;

    private readonly IBufferWriter<char> _output;
    private Span<char> _span;
    private int _position;

    /// <param name="output">The writer to fill.</param>
    /// <param name="expectedLength">About how much will be written; conversions mostly keep the length.</param>
    public SpanWriter(IBufferWriter<char> output, int expectedLength)
    {
        _output = output;
        _span = output.GetSpan(Math.Max(expectedLength, MinimumRequest));
        _position = 0;
    }

    public void Write(ReadOnlySpan<char> chars)
    {
        if (chars.Length > _span.Length - _position)
        {
            Grow(chars.Length);
        }
        if (chars.Length == 1)
        {
            _span[_position++] = chars[0];
            return;
        }
        chars.CopyTo(_span[_position..]);
        _position += chars.Length;
    }

    public void Flush()
    {
        _output.Advance(_position);
        _position = 0;
        _span = default;
    }

    private void Grow(int needed)
    {
        _output.Advance(_position);
        _position = 0;
        _span = _output.GetSpan(Math.Max(needed, Math.Max(MinimumRequest, _span.Length)));
    }
}
