namespace Yearbook.Conversion;

/// <summary>
/// Where a block of a longer text may be cut so that converting the two parts separately gives the
/// same output as converting the whole: after a line break (no dictionary key spans one), or else at
/// a position where the first matching step starts a phrase and whose decisions could not have seen
/// past the end of the block.
/// </summary>
internal static class StreamBoundary
{
    // An Ideographic Description Sequence is at most 64 code points.
    private const int IdeographicDescriptionReach = 128;

    public static int FinalLength(ReadOnlySpan<char> text, Converter converter, Glossary? glossary)
    {
        int reach = Reach(converter, glossary);
        int lineBreak = text.LastIndexOf('\n');
        if (lineBreak >= 0)
        {
            // An IDS operator just before the break could describe a character across it: cut earlier then.
            int from = Math.Max(0, lineBreak - IdeographicDescriptionReach);
            if (text[from..lineBreak].IndexOfAnyInRange('\u2FF0', '\u2FFF') < 0)
            {
                return lineBreak + 1;
            }
        }
        int exactUntil = text.Length - reach;
        if (exactUntil < 0)
        {
            return 0;
        }
        var scratch = Scratch.Rent();
        try
        {
            // The first matcher walks normalized text; with the stock configs normalization maps code
            // points to code points of the same length, so offsets agree. When they do not, the caller
            // simply reads on to a line break or the end.
            var normalized = converter.Normalize(text, scratch);
            return normalized.Length == text.Length ? WalkToExactBoundary(normalized, exactUntil, converter, glossary) : 0;
        }
        finally
        {
            Scratch.Return(scratch);
        }
    }

    /// <summary>
    /// Walks the first matcher's boundaries. A decision at a position no later than
    /// <paramref name="exactUntil"/> saw all the text any key could need, so a boundary past it ends a
    /// prefix whose conversion is final, provided later steps cannot reach across it: with
    /// segmentation the cut must also be a segment boundary (next to a match, not inside a run of
    /// unmatched text); a chain of several steps without segmentation never cuts here.
    /// </summary>
    private static int WalkToExactBoundary(ReadOnlySpan<char> text, int exactUntil, Converter converter, Glossary? glossary)
    {
        bool segmented = converter.Segmentation is not null;
        if (!segmented && converter.Chain.Conversions.Count > 1)
        {
            return 0;
        }
        var first = converter.FirstMatch;
        int i = 0;
        bool previousMatched = false;
        while (i < text.Length)
        {
            var rest = text[i..];
            bool matchHere = first?.Match(rest) >= 0 || glossary?.PrefixMatch.Match(rest) >= 0;
            if (i > exactUntil && (!segmented || previousMatched || matchHere))
            {
                return i;
            }
            int length;
            if (glossary is not null)
            {
                glossary.Decide(rest, first, out length);
            }
            else
            {
                int matched = first?.Match(rest) ?? -1;
                length = matched >= 0 ? first!.KeyLength(matched) : TextUnit.UnmatchedLength(rest);
            }
            i += length;
            previousMatched = matchHere;
        }
        return 0;
    }

    private static int Reach(Converter converter, Glossary? glossary)
    {
        int reach = IdeographicDescriptionReach;
        foreach (var conversion in converter.Chain.Conversions.Concat(converter.Normalization?.Conversions ?? []))
        {
            reach = Math.Max(reach, conversion.PrefixMatch.MaxKeyLength);
        }
        reach = Math.Max(reach, converter.Segmentation?.PrefixMatch.MaxKeyLength ?? 0);
        reach = Math.Max(reach, glossary?.PrefixMatch.MaxKeyLength ?? 0);
        return reach;
    }
}
