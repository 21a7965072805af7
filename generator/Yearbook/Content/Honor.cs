using Yearbook.Diagnostics;

namespace Yearbook.Content;

/// <summary>The level of an honor, from the awarding body's rank.</summary>
internal enum HonorLevel
{
    /// <summary>国家级.</summary>
    National,

    /// <summary>省级.</summary>
    Provincial,

    /// <summary>市级.</summary>
    Municipal,

    /// <summary>区级.</summary>
    District,

    /// <summary>Not stated (reported as a warning).</summary>
    Unknown,
}

/// <summary>Who received an honor: a body (集体) or a person (个人).</summary>
internal enum RecipientType
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>集体: a unit, village, company or other body.</summary>
    Collective,

    /// <summary>个人: a person.</summary>
    Individual,
}

/// <summary>
/// An honor (荣誉) recorded in a chapter's front matter. Its identity is (title, recipient, year): the
/// same title given to the same recipient in another year is another award (a re-award), not a conflict.
/// </summary>
/// <param name="Title">The honor's name, e.g. 全国科技进步先进县区.</param>
/// <param name="Level">Its level.</param>
/// <param name="Year">The year it was awarded, when known.</param>
/// <param name="Recipient">Who received it.</param>
/// <param name="AwardedBy">The awarding body, when known.</param>
/// <param name="Location">Where it is written.</param>
internal sealed record Honor(string Title, HonorLevel Level, int? Year, string Recipient, string? AwardedBy, SourceLocation Location)
{
    /// <summary>集体 or 个人, when stated.</summary>
    public RecipientType RecipientType { get; init; }

    /// <summary>The document that conferred it (文号, e.g. 豫政〔2024〕12号), when known.</summary>
    public string? Document { get; init; }
}
