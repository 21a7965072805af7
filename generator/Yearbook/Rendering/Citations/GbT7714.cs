using System.Globalization;
using System.Text;

namespace Yearbook.Rendering.Citations;

/// <summary>
/// A citation in the form GB/T 7714-2015 gives a contribution to a book online (析出文献, 8.1.2 and 8.8):
/// <c>析出责任者. 析出题名[M/OL]//专著责任者. 专著题名. 出版地: 出版者, 出版年: 页码[引用日期]. 获取和访问路径.</c>
/// Up to three authors are named, then 等; an unknown place or publisher is written [出版地不详] or
/// [出版者不详], as the standard asks.
/// </summary>
internal static class GbT7714
{
    /// <summary>The full citation, read on <paramref name="accessed"/>.</summary>
    public static string Format(Citation citation, DateOnly accessed) =>
        $"{Head(citation)}[{accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}]. {citation.Url}.";

    /// <summary>
    /// The citation up to its access date: a page shows it, then the date the reader reads it on (which a
    /// static page cannot know, so its script fills it in), then the address.
    /// </summary>
    public static string Head(Citation citation)
    {
        var builder = new StringBuilder();
        if (citation.Authors.Count > 0)
        {
            builder.Append(Names(citation.Authors, citation.Words.EtAl)).Append(". ");
        }

        builder.Append(citation.Title).Append("[M/OL]//");
        if (citation.Editor is not null)
        {
            builder.Append(citation.Editor).Append(". ");
        }

        builder.Append(citation.BookTitle).Append(". ")
            .Append(citation.Place ?? $"[{citation.Words.PlaceUnknown}]").Append(": ")
            .Append(citation.Publisher ?? $"[{citation.Words.PublisherUnknown}]").Append(", ")
            .Append(citation.Year.ToString(CultureInfo.InvariantCulture));
        if (citation.Page is { } page)
        {
            builder.Append(": ").Append(page.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static string Names(IReadOnlyList<string> names, string etAl) =>
        names.Count <= 3 ? string.Join(", ", names) : string.Join(", ", names.Take(3)) + ", " + etAl;
}
