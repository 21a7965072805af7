using System.Text;

namespace Yearbook.Rendering.Citations;

/// <summary>
/// What a page shows of a citation (documented in the theme's README as <c>citation</c>): the GB/T 7714
/// text up to its access date, the address, and the RIS, BibTeX and CSL-JSON records as <c>data:</c>
/// addresses to download. Data addresses rather than files: a record is a few hundred bytes, and a
/// series of 10,000 chapters would otherwise write 60,000 more files.
/// </summary>
internal static class CitationBlock
{
    /// <summary>The page data of <paramref name="citation"/>; <paramref name="fileName"/> names the downloads.</summary>
    public static object Of(Citation citation, string fileName) => new
    {
        text = GbT7714.Head(citation),
        url = citation.Url,
        fileName,
        ris = DataUri("application/x-research-info-systems", Encoding.UTF8.GetBytes(RisRecord.Write(citation))),
        bibtex = DataUri("application/x-bibtex", Encoding.UTF8.GetBytes(BibTexRecord.Write(citation))),
        cslJson = DataUri("application/vnd.citationstyles.csl+json", CslJsonRecord.Write(citation)),
    };

    /// <summary>A <c>data:</c> address holding <paramref name="bytes"/> as UTF-8 text of <paramref name="mediaType"/>.</summary>
    public static string DataUri(string mediaType, byte[] bytes) => $"data:{mediaType};charset=utf-8;base64,{Convert.ToBase64String(bytes)}";
}
