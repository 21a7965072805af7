using System.Globalization;
using System.Text;

namespace Yearbook.Rendering.Citations;

/// <summary>
/// A citation as a BibTeX <c>@incollection</c> entry. Corporate names (编纂委员会, 编辑部) are braced
/// twice so BibTeX does not split them into given and family names; TeX's special characters are escaped.
/// </summary>
internal static class BibTexRecord
{
    /// <summary>The entry.</summary>
    public static string Write(Citation citation)
    {
        var builder = new StringBuilder();
        builder.Append("@incollection{").Append(citation.Key).Append(",\n");
        void Field(string name, string? value, bool raw = false)
        {
            if (!string.IsNullOrEmpty(value))
            {
                builder.Append("  ").Append(name).Append(" = {").Append(raw ? value : Escape(value)).Append("},\n");
            }
        }

        Field("author", string.Join(" and ", citation.Authors.Select(a => "{" + Escape(a) + "}")), raw: true);
        Field("title", citation.Title);
        Field("booktitle", citation.BookTitle);
        Field("editor", citation.Editor is null ? null : "{" + Escape(citation.Editor) + "}", raw: true);
        Field("address", citation.Place);
        Field("publisher", citation.Publisher);
        Field("year", citation.Year.ToString(CultureInfo.InvariantCulture));
        Field("pages", citation.Page?.ToString(CultureInfo.InvariantCulture));
        Field("isbn", citation.Isbn);
        Field("issn", citation.Issn);
        Field("url", citation.Url, raw: true); // the url package reads it verbatim
        Field("language", citation.Language);
        builder.Length -= 2; // the last field's ",\n"
        builder.Append("\n}\n");
        return builder.ToString();
    }

    /// <summary>Escapes the characters TeX gives a meaning (braces, backslash, %, &amp;, $, #, _, ^, ~).</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
