namespace Yearbook.Conversion;

/// <summary>
/// OpenCC's MaxMatchSegmentation ("mmseg"): maximum forward matching against the segmentation
/// dictionary. A matched key is a segment of its own; text between matches is gathered into one
/// segment. The conversion chain then runs on each segment separately, so no later step can match
/// across a segment boundary.
/// </summary>
internal sealed class MaxMatchSegmentation
{
    public MaxMatchSegmentation(PrefixMatch prefixMatch)
    {
        PrefixMatch = prefixMatch;
    }

    public PrefixMatch PrefixMatch { get; }

    /// <summary>Length of the segment that starts <paramref name="text"/> (not empty).</summary>
    public int NextSegmentLength(ReadOnlySpan<char> text)
    {
        int matched = PrefixMatch.Match(text);
        if (matched >= 0)
        {
            return PrefixMatch.KeyLength(matched);
        }
        int i = TextUnit.UnmatchedLength(text);
        while (i < text.Length)
        {
            char c = text[i];
            if (PrefixMatch.CanStart(c) && PrefixMatch.Match(text[i..]) >= 0)
            {
                return i;
            }
            i += TextUnit.UnmatchedLength(text[i..]);
        }
        return text.Length;
    }
}
