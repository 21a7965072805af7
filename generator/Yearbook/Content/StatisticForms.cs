using System.Globalization;
using System.Text.RegularExpressions;

namespace Yearbook.Content;

/// <summary>
/// The documented forms of a statistic's numbers: <c>value</c> a plain number (its unit apart, in
/// <c>unit</c>), <c>change</c> a signed number with <c>%</c> (a percent change, +6.5%) or with
/// 个百分点 (a change in percentage points, -1.2个百分点, for rates). For anything else, the text an
/// editor should write instead.
/// </summary>
internal static partial class StatisticForms
{
    /// <summary>True when <paramref name="value"/> is a number as the statistics index reads one.</summary>
    public static bool IsNumber(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    /// <summary>
    /// What to write for a value that is not a number: <c>value: 152, unit: 亿元</c> for <c>152亿</c>
    /// with the unit 元; null when the value does not start with a number.
    /// </summary>
    public static string? ValueFix(string value, string? unit)
    {
        var match = NumberThenWords().Match(value);
        if (!match.Success || !IsNumber(match.Groups["number"].Value))
        {
            return null;
        }

        var suffix = match.Groups["suffix"].Value;
        var written = unit?.Trim() ?? "";
        var fixedUnit = written.Length == 0 ? suffix : written.StartsWith(suffix, StringComparison.Ordinal) ? written : suffix + written;
        return $"value: {match.Groups["number"].Value}, unit: {fixedUnit}";
    }

    /// <summary>True when <paramref name="change"/> is in a documented form (+6.5%, -1.2个百分点, 0%).</summary>
    public static bool IsDocumentedChange(string change) => DocumentedChange().IsMatch(change);

    /// <summary>
    /// The documented form of a change written otherwise (+2.07 → +2.07%, 增长2% → +2%, +1pp →
    /// +1个百分点); null when no number can be read from it. A change without a unit is taken as a percentage.
    /// </summary>
    public static string? ChangeFix(string change, out bool unitGuessed)
    {
        unitGuessed = false;
        var match = LooseChange().Match(change.Trim());
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["number"].Value;
        var negative = match.Groups["sign"].Value is "-" or "−" or "－" || match.Groups["word"].Value is "下降" or "减少" or "減少" or "降低" or "回落";
        var zero = decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n == 0;
        var unit = match.Groups["unit"].Value switch
        {
            "%" or "％" => "%",
            "" => "%",
            _ => match.Groups["unit"].Value.Contains('個') || match.Groups["unit"].Value.Contains('點') ? "個百分點" : "个百分点",
        };
        unitGuessed = match.Groups["unit"].Value.Length == 0;
        return (zero ? "" : negative ? "-" : "+") + number + unit;
    }

    [GeneratedRegex(@"^\s*(?<number>[+-]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?<suffix>\S.*?)\s*$")]
    private static partial Regex NumberThenWords();

    [GeneratedRegex(@"^(?:[+-](?:[0-9]+(?:\.[0-9]+)?)|0(?:\.0+)?)(?:%|个百分点|個百分點)$")]
    private static partial Regex DocumentedChange();

    [GeneratedRegex(@"^(?<word>增长|增加|提高|上升|下降|减少|減少|降低|回落)?\s*(?<sign>[+＋\-−－])?\s*(?<number>[0-9]+(?:\.[0-9]+)?)\s*(?<unit>%|％|个百分点|個百分點|百分点|百分點|pp|pct|个点|個點)?$")]
    private static partial Regex LooseChange();
}
