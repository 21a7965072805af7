namespace Yearbook.Content;

/// <summary>One piece of a text split at no-convert markup.</summary>
/// <param name="Text">The text as written (for a protected span, the text kept in every edition).</param>
/// <param name="IsProtected">True for text inside <c>-{…}-</c>: never converted.</param>
/// <param name="Hans">For <c>-{zh-hans:…;zh-hant:…}-</c>, the Simplified edition's text.</param>
/// <param name="Hant">For <c>-{zh-hans:…;zh-hant:…}-</c>, the Traditional edition's text.</param>
internal readonly record struct MarkupSegment(string Text, bool IsProtected, string? Hans = null, string? Hant = null)
{
    /// <summary>The text this segment shows in an edition of script <paramref name="script"/> when protected.</summary>
    public string For(Script script) => (script == Script.Hans ? Hans : Hant) ?? Text;
}

/// <summary>
/// The inline no-convert markup, after MediaWiki's: <c>-{文字}-</c> keeps the text as written in every
/// edition; <c>-{zh-hans:…;zh-hant:…}-</c> gives the text for each edition explicitly.
/// </summary>
internal static class NoConvertMarkup
{
    /// <summary>The opening of a span.</summary>
    public const string Open = "-{";

    /// <summary>The closing of a span.</summary>
    public const string Close = "}-";

    /// <summary>Tries to read one span starting at <paramref name="start"/> (which must be at "-{").</summary>
    /// <returns>The segment and the index just after "}-", or null when the span is not closed on the same line.</returns>
    public static (MarkupSegment Segment, int End)? ReadSpan(ReadOnlySpan<char> text, int start)
    {
        var inner = start + Open.Length;
        var rest = text[inner..];
        var newline = rest.IndexOf('\n');
        var close = rest.IndexOf(Close);
        if (close < 0 || (newline >= 0 && newline < close))
        {
            return null;
        }

        var body = rest[..close].ToString();
        return (Parse(body), inner + close + Close.Length);
    }

    /// <summary>Splits <paramref name="text"/> into plain and protected segments.</summary>
    /// <param name="text">The text.</param>
    /// <param name="unclosedAt">The index of the first "-{" that is never closed, or -1.</param>
    public static IReadOnlyList<MarkupSegment> Split(string text, out int unclosedAt)
    {
        unclosedAt = -1;
        var open = text.IndexOf(Open, StringComparison.Ordinal);
        if (open < 0)
        {
            return [new MarkupSegment(text, false)];
        }

        var segments = new List<MarkupSegment>();
        var position = 0;
        while (open >= 0)
        {
            var span = ReadSpan(text, open);
            if (span is null)
            {
                unclosedAt = unclosedAt < 0 ? open : unclosedAt;
                open = text.IndexOf(Open, open + Open.Length, StringComparison.Ordinal);
                continue;
            }

            if (open > position)
            {
                segments.Add(new MarkupSegment(text[position..open], false));
            }

            segments.Add(span.Value.Segment);
            position = span.Value.End;
            open = text.IndexOf(Open, position, StringComparison.Ordinal);
        }

        if (position < text.Length)
        {
            segments.Add(new MarkupSegment(text[position..], false));
        }

        return segments;
    }

    private static MarkupSegment Parse(string body)
    {
        // "zh-hans:…;zh-hant:…" gives each edition its text; anything else is kept as written.
        string? hans = null, hant = null;
        if (body.StartsWith("zh-han", StringComparison.Ordinal))
        {
            foreach (var part in body.Split(';'))
            {
                var colon = part.IndexOf(':');
                if (colon < 0)
                {
                    return new MarkupSegment(body, true);
                }

                var key = part[..colon].Trim();
                var value = part[(colon + 1)..];
                switch (key)
                {
                    case "zh-hans": hans = value; break;
                    case "zh-hant": hant = value; break;
                    default: return new MarkupSegment(body, true);
                }
            }

            return new MarkupSegment(hans ?? hant ?? "", true, hans, hant);
        }

        return new MarkupSegment(body, true);
    }
}
