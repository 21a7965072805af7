using System.Text.RegularExpressions;
using Yearbook.Diagnostics;

namespace Yearbook.Content;

/// <summary>
/// An indicator's code as the editor gives it in <c>yearbook.yml</c> (<c>statistics: {codes: {地区生产总值: gdp}}</c>),
/// over the one made from its pinyin initials: to settle a clash or a code that reads badly. One place for the
/// whole series, so the code stays the same in every volume and both editions, whichever chapter lists the indicator.
/// </summary>
/// <param name="Indicator">The indicator as written (in the site's default script).</param>
/// <param name="Code">The code: lower-case ASCII letters and digits, words joined by single '-'.</param>
/// <param name="Location">Where it is given.</param>
internal sealed partial record IndicatorCodeSetting(string Indicator, string Code, SourceLocation Location)
{
    /// <summary>The keys of <c>statistics:</c> in <c>yearbook.yml</c>.</summary>
    public static readonly IReadOnlyCollection<string> SectionKeys = ["codes"];

    /// <summary>Names of the statistics folder's own pages, which no indicator may take.</summary>
    public static readonly IReadOnlyCollection<string> Reserved = ["category"];

    /// <summary>
    /// The codes of <c>statistics.codes</c>, in the order written. A code that is not a slug, or that another
    /// indicator was given before, is an error (YB0701, YB0702) and left out: the indicator keeps its pinyin code.
    /// </summary>
    public static IReadOnlyList<IndicatorCodeSetting> Read(YamlFields? statistics, DiagnosticBag diagnostics)
    {
        statistics?.ReportUnknownKeys(SectionKeys);
        var codes = statistics?.Mapping("codes");
        if (codes is null)
        {
            return [];
        }

        var settings = new List<IndicatorCodeSetting>();
        foreach (var indicator in codes.Keys)
        {
            var location = codes.LocationOf(indicator);
            var code = codes.String(indicator)?.Trim();
            if (code is null)
            {
                continue; // reported by String as a value of the wrong type
            }

            if (!SlugPattern().IsMatch(code) || Reserved.Contains(code))
            {
                diagnostics.Error(DiagnosticCodes.IndicatorCodeInvalid,
                    $"the code '{code}' of the indicator '{indicator}' is not a code: write lower-case ASCII letters and digits, words joined by single '-' (at most 64 characters)" +
                    (Reserved.Contains(code) ? $", other than {string.Join(", ", Reserved.Select(r => $"'{r}'"))}" : "") + "; its pinyin code is used meanwhile",
                    location);
                continue;
            }

            if (settings.Find(s => s.Code == code) is { } first)
            {
                diagnostics.Error(DiagnosticCodes.IndicatorCodeRepeated,
                    $"the code '{code}' is given to the indicator '{indicator}' and to '{first.Indicator}' at {first.Location.Format()}: each indicator needs its own; '{indicator}' keeps its pinyin code meanwhile",
                    location);
                continue;
            }

            settings.Add(new IndicatorCodeSetting(indicator, code, location));
        }

        return settings;
    }

    [GeneratedRegex("^(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
