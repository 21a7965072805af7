namespace Yearbook.Editions.Review;

/// <summary>Why a conversion is at risk: each kind is one way OpenCC's s2t is known to go wrong.</summary>
public enum RiskKind
{
    /// <summary>A phrase that starts with a word of its own (对, 是, 被, 个…) picks a rare reading: 对表 → 對錶 in 对标对表.</summary>
    RareReading,

    /// <summary>A character converted alone whose neighbours call for its other reading in OpenCC's own phrases: 5周 (week) stays 周.</summary>
    CharacterDefault,

    /// <summary>A person's name: a surname with another reading (于, 余, 范, 涂) or a name character with a variant (峰 → 峯).</summary>
    PersonalName,

    /// <summary>A phrase OpenCC lists with two readings that are both in use (编制 → 編制 a quota, 編製 to draw up).</summary>
    TwoReadings,

    /// <summary>A phrase matched across a word boundary: the next word, read whole, is converted otherwise (中文采访 → 文采 + 访).</summary>
    Boundary,

    /// <summary>Text that does not come back as written from Traditional: the conversion lost a distinction.</summary>
    RoundTrip,
}

/// <summary>
/// One span of Simplified text whose Traditional form a person should confirm: where it is, what the
/// converter writes for it and what it could be instead.
/// </summary>
/// <param name="Start">Offset of the span in the checked text.</param>
/// <param name="Source">The Simplified text of the span.</param>
/// <param name="Converted">What the converter writes for the span.</param>
/// <param name="Alternative">The other reading of the span.</param>
/// <param name="Kind">Why it is at risk.</param>
/// <param name="Reason">The evidence, in a short phrase for the editor.</param>
public sealed record ConversionRisk(int Start, string Source, string Converted, string Alternative, RiskKind Kind, string Reason)
{
    /// <summary>Offset just past the span.</summary>
    public int End => Start + Source.Length;
}
