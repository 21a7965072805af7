using System.Text;
using Yearbook.Indexes.Subjects;

namespace Yearbook.Indexes.Statistics;

/// <summary>
/// The stable ASCII code of an indicator, used in its page's address (<c>statistics/dqsczz/</c>) and in
/// the downloads: the pinyin initial of each Han character of the Simplified indicator (地区生产总值 →
/// <c>dqsczz</c>, from the subject index's <see cref="PinyinCollation"/>), ASCII letters and digits
/// lower-cased, anything else a single '-'. A series split by unit adds its unit the same way
/// (<c>gdp-yy</c>). Like-coded indicators are told apart by <see cref="Number"/>.
/// </summary>
internal static class IndicatorCode
{
    private static readonly PinyinCollation Pinyin = new();

    // A pure function asked for every series at every edit of a statistic; a site has a few thousand indicators.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    /// <summary>The names the statistics folder uses for its own pages, which no indicator may take.</summary>
    private static readonly HashSet<string> Reserved = new(Content.IndicatorCodeSetting.Reserved, StringComparer.Ordinal);

    /// <summary>The code of <paramref name="simplified"/> (an indicator, or an indicator and a unit), never empty.</summary>
    public static string Of(string simplified) => Known.GetOrAdd(simplified, Make);

    private static string Make(string simplified)
    {
        var code = new StringBuilder(simplified.Length);
        foreach (var rune in simplified.EnumerateRunes())
        {
            var text = rune.ToString();
            var letter = char.IsAscii(text[0]) && Rune.IsLetterOrDigit(rune) ? text.ToLowerInvariant()
                : Rune.IsLetterOrDigit(rune) && Pinyin.LetterOf(text) is { } l && l != "#" ? l.ToLowerInvariant()
                : null;
            if (letter is not null)
            {
                code.Append(letter);
            }
            else if (code.Length > 0 && code[^1] != '-')
            {
                code.Append('-');
            }
        }

        var result = code.ToString().Trim('-');
        return result.Length == 0 ? "x" : result;
    }

    /// <summary>
    /// Numbers the codes of like-coded indicators so that each is unique: a code the editor gave
    /// (<paramref name="given"/>, by key) is kept as it is; of the others, the first by the ordinal order of
    /// <paramref name="keys"/> (the Simplified indicator and unit) keeps the code, the others get <c>-2</c>,
    /// <c>-3</c> …, so a code depends on the indicators sharing it, not on which chapter was read first.
    /// </summary>
    /// <returns>The unique code of each key, by key.</returns>
    public static Dictionary<string, string> Number(IEnumerable<(string Key, string Code)> keys, IReadOnlyDictionary<string, string>? given = null)
    {
        var all = keys.DistinctBy(k => k.Key, StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, string>(all.Count, StringComparer.Ordinal);
        var taken = new HashSet<string>(Reserved, StringComparer.Ordinal);
        // The editor's codes first, then plain codes, so that a numbered one never takes another indicator's code.
        foreach (var (key, _) in all)
        {
            if (given is not null && given.TryGetValue(key, out var code) && taken.Add(code))
            {
                result[key] = code;
            }
        }

        foreach (var first in all.Where(k => !result.ContainsKey(k.Key)).GroupBy(k => k.Code, StringComparer.Ordinal)
            .Where(g => !taken.Contains(g.Key)).Select(g => g.MinBy(k => k.Key, StringComparer.Ordinal)))
        {
            result[first.Key] = first.Code;
            taken.Add(first.Code);
        }

        foreach (var (key, code) in all.Where(k => !result.ContainsKey(k.Key)).OrderBy(k => k.Code, StringComparer.Ordinal).ThenBy(k => k.Key, StringComparer.Ordinal))
        {
            var n = 2;
            while (!taken.Add($"{code}-{n}"))
            {
                n++;
            }

            result[key] = $"{code}-{n}";
        }

        return result;
    }
}
