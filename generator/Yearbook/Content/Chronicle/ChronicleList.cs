using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Yearbook.Content.Chronicle;

/// <summary>
/// How a chronicle body is read: its top-level list items, each with the month and year the headings
/// above it give (<c>## 3月</c>, <c>## 2025年1月</c>, <c>## 2025年</c>), and the date its first line opens
/// with (<c>1月5日</c>, <c>2024年1月5日</c>, <c>2024-01-05</c>, or <c>是月</c> for the heading's month;
/// a range such as <c>1月28日至2月4日</c> is dated by its first day). Loading and each edition's
/// conversion both walk the tree with it, so they agree on which item is which.
/// </summary>
internal static partial class ChronicleList
{
    /// <summary>A top-level list item with its context.</summary>
    /// <param name="Index">Its position among the top-level list items.</param>
    /// <param name="Block">The item.</param>
    /// <param name="HeadingYear">The year the headings above give, if any.</param>
    /// <param name="HeadingMonth">The month the headings above give, if any.</param>
    public readonly record struct Entry(int Index, ListItemBlock Block, int? HeadingYear, int? HeadingMonth);

    /// <summary>The top-level list items of <paramref name="document"/>, in order, each with its headings' year and month.</summary>
    public static IEnumerable<Entry> Items(MarkdownDocument document, string body)
    {
        int? year = null;
        int? month = null;
        var index = 0;
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                var text = body.Substring(heading.Span.Start, heading.Span.Length).TrimStart('#').Trim();
                if (HeadingDate().Match(text) is { Success: true } m && (m.Groups["y"].Success || m.Groups["m"].Success))
                {
                    year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : year;
                    month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
                }
            }
            else if (block is ListBlock list)
            {
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    yield return new Entry(index++, item, year, month);
                }
            }
        }
    }

    /// <summary>The date <paramref name="line"/> opens with, as written, or null.</summary>
    public static Match? DateAtStart(string line) => ItemDate().Match(line) is { Success: true } m ? m : null;

    /// <summary>Splits an item's first line into its date as written (range included) and the text after it and its separator.</summary>
    public static (string Date, string Text) SplitDate(string text) =>
        ItemDate().Match(text) is { Success: true } m ? (m.Value, text[m.Length..].TrimStart(' ', '\u3000', '，', '：', '、', ',', ':')) : ("", text);

    /// <summary>The first line of <paramref name="item"/> as written.</summary>
    public static string FirstLine(ListItemBlock item, string body)
    {
        if (item.Count == 0 || item[0] is not LeafBlock first)
        {
            return "";
        }

        var end = body.IndexOf('\n', first.Span.Start);
        return body[first.Span.Start..(end < 0 ? body.Length : end)];
    }

    [GeneratedRegex(@"^(?:(?<y>\d{4})年)?(?:(?<m>\d{1,2})月)?(?:份)?$")]
    private static partial Regex HeadingDate();

    // The date, then an optional range end (至2月4日, 至23日, —2024-01-07), kept in the item's text.
    [GeneratedRegex(@"^(?:(?<iso>(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2}))|(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?<d>\d{1,2})日|(?<same>是月|本月))(?:(?:至|—|–|-)(?:\d{4}-\d{2}-\d{2}|(?:\d{1,2}月)?\d{1,2}日))?")]
    private static partial Regex ItemDate();
}
