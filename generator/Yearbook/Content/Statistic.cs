using Yearbook.Diagnostics;

namespace Yearbook.Content;

/// <summary>A statistic (统计) recorded in a chapter's front matter.</summary>
/// <param name="Indicator">The indicator's name, e.g. 地区生产总值.</param>
/// <param name="Value">The value exactly as written, so its stated precision survives (5.50 stays 5.50).</param>
/// <param name="Unit">The unit, e.g. 亿元 or %.</param>
/// <param name="Period">The period the value refers to, e.g. 2024.</param>
/// <param name="Change">The stated change, as written, e.g. +6.5%.</param>
/// <param name="Note">A remark.</param>
/// <param name="Location">Where it is written.</param>
internal sealed record Statistic(string Indicator, string Value, string Unit, string Period, string? Change, string? Note, SourceLocation Location)
{
    /// <summary>The value as a number, when it is one.</summary>
    public decimal? Number =>
        decimal.TryParse(Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
