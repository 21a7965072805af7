namespace Yearbook.Conversion;

/// <summary>
/// How far OpenCC steps over text that no dictionary matches: one code point, or a whole
/// Ideographic Description Sequence (⿰氵主) so the components of a described character are never
/// converted one by one (UTF8Util::NextIdeographicDescriptionSequenceLength).
/// </summary>
internal static class TextUnit
{
    private const int MaxDepth = 16;
    private const int MaxCodePoints = 64;

    /// <summary>Length in UTF-16 units of the unit that starts <paramref name="text"/> (not empty).</summary>
    public static int UnmatchedLength(ReadOnlySpan<char> text)
    {
        char c = text[0];
        if (c is >= '\u2FF0' and <= '\u2FFF')
        {
            int consumed = 0, codePoints = 0;
            if (ConsumeSequence(text, MaxDepth, ref consumed, ref codePoints) == Status.Complete)
            {
                return consumed;
            }
            return 1;
        }
        return CodePointLength(text);
    }

    private static int CodePointLength(ReadOnlySpan<char> text) =>
        text.Length > 1 && char.IsHighSurrogate(text[0]) && char.IsLowSurrogate(text[1]) ? 2 : 1;

    private static int Arity(char c) => c switch
    {
        '\u2FF2' or '\u2FF3' => 3,
        '\u2FFE' or '\u2FFF' => 1,
        >= '\u2FF0' and <= '\u2FFD' => 2,
        _ => 0,
    };

    private enum Status { Complete, Incomplete, Invalid }

    private static Status ConsumeSequence(ReadOnlySpan<char> text, int depthLeft, ref int consumed, ref int codePoints)
    {
        if (text.IsEmpty)
        {
            return Status.Incomplete;
        }
        if (depthLeft == 0 || codePoints >= MaxCodePoints)
        {
            return Status.Invalid;
        }
        if (char.IsLowSurrogate(text[0]) || (char.IsHighSurrogate(text[0]) && text.Length > 1 && !char.IsLowSurrogate(text[1])))
        {
            return Status.Invalid;
        }
        if (char.IsHighSurrogate(text[0]) && text.Length == 1)
        {
            return Status.Incomplete;
        }
        int length = CodePointLength(text);
        codePoints++;
        int arity = Arity(text[0]);
        if (arity == 0)
        {
            consumed = length;
            return Status.Complete;
        }
        int offset = length;
        for (int i = 0; i < arity; i++)
        {
            if (offset >= text.Length)
            {
                return Status.Incomplete;
            }
            int operand = 0;
            var status = ConsumeSequence(text[offset..], depthLeft - 1, ref operand, ref codePoints);
            if (status != Status.Complete)
            {
                return status;
            }
            offset += operand;
        }
        consumed = offset;
        return Status.Complete;
    }
}
