using System.Globalization;
using System.Text;

namespace Yearbook.Rendering.Citations;

/// <summary>A citation as an RIS record of type CHAP (a book section), the format reference managers import.</summary>
internal static class RisRecord
{
    /// <summary>The record, CRLF line ends as the format specifies.</summary>
    public static string Write(Citation citation)
    {
        var builder = new StringBuilder();
        void Tag(string tag, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                // A value is one line: line breaks would start a new tag.
                builder.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append("\r\n");
            }
        }

        Tag("TY", "CHAP");
        Tag("ID", citation.Key);
        foreach (var author in citation.Authors)
        {
            Tag("AU", author);
        }

        Tag("TI", citation.Title);
        Tag("T2", citation.BookTitle);
        Tag("A2", citation.Editor); // the editors of the book a section is in
        Tag("PY", citation.Year.ToString(CultureInfo.InvariantCulture));
        Tag("CY", citation.Place);
        Tag("PB", citation.Publisher);
        Tag("SP", citation.Page?.ToString(CultureInfo.InvariantCulture));
        Tag("SN", citation.Isbn ?? citation.Issn);
        Tag("LA", citation.Language);
        Tag("UR", citation.Url);
        builder.Append("ER  - \r\n");
        return builder.ToString();
    }
}
