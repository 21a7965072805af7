using System.Text;
using Yearbook.Model;

namespace Yearbook.Rendering.Citations;

/// <summary>
/// What a page shows of a citation (documented in the theme's README as <c>citation</c>): the GB/T 7714
/// text up to its access date, the address, and the RIS, BibTeX and CSL-JSON records as <c>data:</c>
/// addresses to download. Data addresses rather than files: a record is a few hundred bytes, and a
/// series of 10,000 chapters would otherwise write 60,000 more files.
/// </summary>
internal sealed record CitationBlock : ITemplateData
{
    /// <summary>The GB/T 7714-2015 citation up to its access date: <c>作者. 题名[M/OL]//编纂者. 书名. 出版地: 出版者, 年: 页</c>.</summary>
    public required string Text { get; init; }

    /// <summary>The address cited (absolute when the site's is configured), printed after the access date.</summary>
    public required string Url { get; init; }

    /// <summary>The downloads' file name without extension.</summary>
    public required string FileName { get; init; }

    /// <summary>The RIS record as a <c>data:</c> address.</summary>
    public required string Ris { get; init; }

    /// <summary>The BibTeX record as a <c>data:</c> address.</summary>
    public required string Bibtex { get; init; }

    /// <summary>The CSL-JSON record as a <c>data:</c> address.</summary>
    public required string CslJson { get; init; }

    /// <summary>The page data of <paramref name="citation"/>; <paramref name="fileName"/> names the downloads.</summary>
    public static CitationBlock Of(Citation citation, string fileName) => new()
    {
        Text = GbT7714.Head(citation),
        Url = citation.Url,
        FileName = fileName,
        Ris = DataUri("application/x-research-info-systems", Encoding.UTF8.GetBytes(RisRecord.Write(citation))),
        Bibtex = DataUri("application/x-bibtex", Encoding.UTF8.GetBytes(BibTexRecord.Write(citation))),
        CslJson = DataUri("application/vnd.citationstyles.csl+json", CslJsonRecord.Write(citation)),
    };

    /// <summary>A <c>data:</c> address holding <paramref name="bytes"/> as UTF-8 text of <paramref name="mediaType"/>.</summary>
    public static string DataUri(string mediaType, byte[] bytes) => $"data:{mediaType};charset=utf-8;base64,{Convert.ToBase64String(bytes)}";
}
