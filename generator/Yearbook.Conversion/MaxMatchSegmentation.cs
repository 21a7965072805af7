namespace Yearbook.Conversion;

/// <summary>
/// OpenCC's MaxMatchSegmentation ("mmseg"): maximum forward matching against the segmentation
/// dictionary. A matched key is a segment of its own; text between matches is gathered into one
/// segment. The conversion chain then runs on each segment separately, so no later step can match
/// across a segment boundary.
/// </summary>
internal sealed class MaxMatchSegmentation
{
    public MaxMatchSegmentation(Dict dict)
    {
        PrefixMatch = new PrefixMatch(dict);
    }

    public PrefixMatch PrefixMatch { get; }

    /// <summary>Length of the segment that starts <paramref name="text"/> (not empty).</summary>
    public int NextSegmentLength(ReadOnlySpan<char> text)
    {
        var matched = PrefixMatch.Match(text);
        if (matched is not null)
        {
            return matched.Key.Length;
        }
        int i = TextUnit.UnmatchedLength(text);
        while (i < text.Length)
        {
            char c = text[i];
            if (PrefixMatch.CanStart(c) && PrefixMatch.Match(text[i..]) is not null)
            {
                return i;
            }
            i += TextUnit.UnmatchedLength(text[i..]);
        }
        return text.Length;
    }
}
