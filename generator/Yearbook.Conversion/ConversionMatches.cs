namespace Yearbook.Conversion;

/// <summary>What decided a <see cref="ConversionMatch"/>.</summary>
public enum MatchSource
{
    /// <summary>Nothing matched: the text is copied as written.</summary>
    None,

    /// <summary>An OpenCC dictionary (a phrase or a character).</summary>
    Dictionary,

    /// <summary>The editor's glossary.</summary>
    Glossary,
}

/// <summary>One match of <see cref="ChineseConverter.Matches"/>: a span of the input and the span of the output it became.</summary>
/// <param name="Start">Offset in the input.</param>
/// <param name="Length">Length in the input.</param>
/// <param name="OutputStart">Offset in <see cref="ConversionMatches.Output"/>.</param>
/// <param name="OutputLength">Length in the output.</param>
/// <param name="Source">What decided it.</param>
public readonly record struct ConversionMatch(int Start, int Length, int OutputStart, int OutputLength, MatchSource Source)
{
    /// <summary>Offset just past the span in the input.</summary>
    public int End => Start + Length;
}

/// <summary>A conversion and its matches, in order; the matches' outputs concatenate to <see cref="Output"/>.</summary>
/// <param name="Output">The converted text (what <see cref="ChineseConverter.Convert(string)"/> returns).</param>
/// <param name="Matches">The matches in input order.</param>
public sealed record ConversionMatches(string Output, IReadOnlyList<ConversionMatch> Matches)
{
    /// <summary>The output of <paramref name="match"/>.</summary>
    public string OutputOf(ConversionMatch match) => Output.Substring(match.OutputStart, match.OutputLength);
}
