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

/// <summary>An honor (荣誉) recorded in a chapter's front matter.</summary>
/// <param name="Title">The honor's name, e.g. 全国科技进步先进县区.</param>
/// <param name="Level">Its level.</param>
/// <param name="Year">The year it was awarded, when known.</param>
/// <param name="Recipient">Who received it.</param>
/// <param name="AwardedBy">The awarding body, when known.</param>
/// <param name="Location">Where it is written.</param>
internal sealed record Honor(string Title, HonorLevel Level, int? Year, string Recipient, string? AwardedBy, SourceLocation Location);
