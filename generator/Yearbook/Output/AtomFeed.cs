using System.Globalization;
using System.Text;
using System.Xml;
using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Output;

/// <summary>
/// The Atom feed of an edition: the newest chapters by date. Timestamps come from the chapters'
/// dates, never from the clock, so two builds of the same input are byte-identical.
/// </summary>
internal static class AtomFeed
{
    /// <summary>How many entries the feed carries.</summary>
    public const int MaxEntries = 50;

    /// <summary>Writes the feed of <paramref name="edition"/>.</summary>
    public static string Write(Edition edition, string siteTitle, IEnumerable<EditionChapter> chapters, SiteUrls urls)
    {
        var entries = chapters
            .OrderByDescending(c => c.Source.FrontMatter.Date ?? DateOnly.MinValue)
            .ThenBy(c => c.Source.Path, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();
        var feedUrl = urls.Page(edition, SitePaths.Feed);
        string Abs(string path) => urls.Absolute(path) is { Length: > 0 } a ? a : path;

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, edition.Lang);
            xml.WriteElementString("title", ns, siteTitle);
            xml.WriteElementString("id", ns, Abs(feedUrl));
            xml.WriteElementString("updated", ns, Timestamp(entries.Select(e => e.Source.FrontMatter.Date).Max()));
            Link(xml, "self", Abs(feedUrl));
            Link(xml, "alternate", Abs(urls.Page(edition, "")));
            xml.WriteStartElement("generator", ns);
            xml.WriteString("Yearbook");
            xml.WriteEndElement();
            foreach (var chapter in entries)
            {
                var url = Abs(urls.Chapter(edition, chapter.Source));
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, chapter.Title);
                xml.WriteElementString("id", ns, url);
                Link(xml, "alternate", url);
                xml.WriteElementString("updated", ns, Timestamp(chapter.Source.FrontMatter.Date));
                xml.WriteStartElement("author", ns);
                xml.WriteElementString("name", ns, chapter.Authors.Count > 0 ? string.Join("、", chapter.Authors) : siteTitle);
                xml.WriteEndElement();
                if (chapter.Summary.Length > 0)
                {
                    xml.WriteElementString("summary", ns, chapter.Summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly? date) =>
        (date ?? new DateOnly(2000, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
