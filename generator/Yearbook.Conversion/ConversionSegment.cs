namespace Yearbook.Conversion;

/// <summary>
/// One span of a conversion as <see cref="ChineseConverter.Inspect"/> reports it: where it is in the
/// input, what it became, which dictionaries decided it and which other values those dictionaries
/// list for it. A span that no dictionary matched has <see cref="Dictionary"/> null and comes back
/// unchanged.
/// </summary>
/// <param name="Start">Offset of the span in the inspected text, in UTF-16 units.</param>
/// <param name="Source">The input text of the span.</param>
/// <param name="Output">What the converter writes for it.</param>
/// <param name="Dictionary">The dictionaries that matched, in chain order joined with " → " (e.g. "STCharacters"), "glossary" for an override, or null.</param>
/// <param name="Alternatives">The other values the matching entries list (e.g. 後 when 后 became 后), without the chosen one.</param>
public sealed record ConversionSegment(int Start, string Source, string Output, string? Dictionary, IReadOnlyList<string> Alternatives)
{
    /// <summary>True when a dictionary offered more than one value here, so a person may need to check the choice (后/後, 发/發/髮, 干/乾/幹…).</summary>
    public bool IsAmbiguous => Alternatives.Count > 0;

    /// <summary>True when the output differs from the source.</summary>
    public bool IsChanged => !string.Equals(Source, Output, StringComparison.Ordinal);

    /// <summary>Offset just past the span in the inspected text.</summary>
    public int End => Start + Source.Length;
}
