namespace Yearbook.Conversion;

/// <summary>
/// Whether text survives a conversion and its way back (s2t then t2s, say). A span that does not
/// come back as written is one where the script choice lost information — 後/后 both become 后, but
/// 后 (empress) becomes 後 — and is worth an editor's look.
/// </summary>
public sealed class RoundTrip
{
    private RoundTrip(ChineseConverter forward, ChineseConverter backward)
    {
        Forward = forward;
        Backward = backward;
    }

    /// <summary>The conversion out (e.g. s2t).</summary>
    public ChineseConverter Forward { get; }

    /// <summary>The conversion back (e.g. t2s).</summary>
    public ChineseConverter Backward { get; }

    /// <summary>A round trip through two converters; give glossary-aware ones to check an edition as it is built.</summary>
    public static RoundTrip Between(ChineseConverter forward, ChineseConverter backward)
    {
        ArgumentNullException.ThrowIfNull(forward);
        ArgumentNullException.ThrowIfNull(backward);
        return new RoundTrip(forward, backward);
    }

    /// <summary>A round trip through two stock configs, by default Simplified → Traditional → Simplified.</summary>
    public static RoundTrip Create(string forward = "s2t", string backward = "t2s") =>
        new(ChineseConverter.Create(forward), ChineseConverter.Create(backward));

    /// <summary>Converts <paramref name="text"/> there and back.</summary>
    public RoundTripResult Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string converted = Forward.Convert(text);
        return new RoundTripResult(text, converted, Backward.Convert(converted));
    }
}

/// <summary>What a <see cref="RoundTrip"/> made of a text.</summary>
/// <param name="Source">The text as written.</param>
/// <param name="Converted">After the forward conversion.</param>
/// <param name="Back">After converting that back.</param>
public sealed record RoundTripResult(string Source, string Converted, string Back)
{
    /// <summary>True when the text came back exactly as written.</summary>
    public bool Holds => string.Equals(Source, Back, StringComparison.Ordinal);
}
