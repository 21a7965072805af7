using System.Text;
using System.Xml;
using Yearbook.Model;

namespace Yearbook.Output;

/// <summary>
/// <c>sitemap.xml</c>: every page of both editions, each with <c>xhtml:link</c> alternates naming
/// its twin, as search engines expect for translated pages.
/// </summary>
internal static class Sitemap
{
    /// <summary>Writes the sitemap for <paramref name="pages"/> (pages of all editions, with their language tags).</summary>
    public static string Write(IEnumerable<(Page Page, string Lang, string OtherLang)> pages, SiteUrls urls)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            xml.WriteAttributeString("xmlns", "xhtml", null, "http://www.w3.org/1999/xhtml");
            foreach (var (page, lang, otherLang) in pages.Where(p => p.Page.InSitemap))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", Location(page.Url, urls));
                WriteAlternate(xml, lang, Location(page.Url, urls));
                WriteAlternate(xml, otherLang, Location(page.AlternateUrl, urls));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The absolute address when the site's is known; the sitemap protocol wants absolute addresses.</summary>
    private static string Location(string path, SiteUrls urls) => urls.Absolute(path) is { Length: > 0 } absolute ? absolute : path;

    private static void WriteAlternate(XmlWriter xml, string lang, string href)
    {
        xml.WriteStartElement("xhtml", "link", "http://www.w3.org/1999/xhtml");
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", lang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
