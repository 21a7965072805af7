using Yearbook.Content;
using Yearbook.Model;

namespace Yearbook.Rendering.Citations;

/// <summary>
/// A part of the yearbook cited as a contribution to a book online (析出文献): a chapter, or an entry
/// (条目) within one. Every text is in the citing edition's script. One model, written out in GB/T
/// 7714-2015 (<see cref="GbT7714"/>), RIS (<see cref="RisRecord"/>), BibTeX (<see cref="BibTexRecord"/>)
/// and CSL-JSON (<see cref="CslJsonRecord"/>).
/// </summary>
internal sealed record Citation
{
    /// <summary>The standard's fixed words, in the edition's script.</summary>
    public CitationWords Words { get; init; } = CitationWords.Simplified;

    /// <summary>A key for reference managers, ASCII only: <c>yearbook-2025-industry</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The contribution's authors (析出文献主要责任者): the chapter's authors, or else the editor body.</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>The contribution's title: the chapter's, or the entry's.</summary>
    public required string Title { get; init; }

    /// <summary>The book's title (专著题名): the volume title, 源汇区年鉴（2025）.</summary>
    public required string BookTitle { get; init; }

    /// <summary>The editor body (编纂者), the book's author; null when the site names none.</summary>
    public string? Editor { get; init; }

    /// <summary>The publisher's city (出版地), when known.</summary>
    public string? Place { get; init; }

    /// <summary>The publisher (出版者), when known.</summary>
    public string? Publisher { get; init; }

    /// <summary>The year of publication: the volume's year.</summary>
    public required int Year { get; init; }

    /// <summary>The page in the printed book, when it exists.</summary>
    public int? Page { get; init; }

    /// <summary>The address: absolute when the site's address is configured, else the site path.</summary>
    public required string Url { get; init; }

    /// <summary>The ISBN, when the volume has one.</summary>
    public string? Isbn { get; init; }

    /// <summary>The ISSN, when the series has one.</summary>
    public string? Issn { get; init; }

    /// <summary>The language tag of the edition cited: zh-Hans or zh-Hant.</summary>
    public required string Language { get; init; }
}

/// <summary>An entry (条目) cited within its chapter: its title, its anchor on the chapter page and, once the book exists, its page.</summary>
/// <param name="Title">The entry's title in the edition's script, without 【】.</param>
/// <param name="Anchor">The entry's id on the chapter page.</param>
/// <param name="Page">The printed page the entry is on, when known (else the chapter's is cited).</param>
internal sealed record CitedEntry(string Title, string Anchor, int? Page = null);

/// <summary>Makes the citation of a chapter or entry from the volume, the chapter and the site's addresses.</summary>
internal static class ChapterCitation
{
    /// <summary>The citation of a chapter, or of <paramref name="entry"/> within it, in the edition of <paramref name="volume"/>.</summary>
    /// <param name="volume">The chapter's volume in the edition: title, year, publication details.</param>
    /// <param name="chapter">The chapter as written (slug, page).</param>
    /// <param name="title">The chapter's title in the edition's script.</param>
    /// <param name="authors">The chapter's authors in the edition's script.</param>
    /// <param name="url">The chapter's address, absolute where known.</param>
    /// <param name="language">The edition's language tag.</param>
    /// <param name="entry">The entry cited, or null for the whole chapter.</param>
    /// <param name="words">The standard's fixed words in the edition's script; Simplified when null.</param>
    /// <param name="printedPage">The page the printed book starts the chapter on, when it exists; it wins over the front matter's <c>page:</c>.</param>
    public static Citation For(EditionVolume volume, Chapter chapter, string title, IReadOnlyList<string> authors, string url, string language, CitedEntry? entry = null, CitationWords? words = null,
        int? printedPage = null)
    {
        var publication = volume.Publication;
        return new Citation
        {
            Key = $"yearbook-{Ascii(volume.Source.Slug)}-{chapter.Slug}" + (entry is null ? "" : "-" + AnchorKey(entry.Anchor)),
            Authors = authors.Count > 0 ? authors : publication.Editor is { } editor ? [editor] : [],
            Title = entry?.Title ?? title,
            BookTitle = volume.Title,
            Editor = publication.Editor,
            Place = publication.Place,
            Publisher = publication.Publisher,
            Year = volume.Source.Year,
            Page = entry?.Page ?? printedPage ?? chapter.FrontMatter.Page,
            Url = entry is null ? url : url + "#" + entry.Anchor,
            Isbn = publication.Isbn,
            Issn = publication.Issn,
            Language = language,
            Words = words ?? CitationWords.Simplified,
        };
    }

    private static string Ascii(string text) => string.Concat(text.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-'));

    // An entry's anchor is made from its Chinese title; a key must be ASCII, so such an anchor becomes a stable hash.
    private static string AnchorKey(string anchor)
    {
        if (anchor.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return anchor;
        }

        var hash = 2166136261u;
        foreach (var c in anchor)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return "e" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// The words GB/T 7714 writes itself (出版地不详, 出版者不详, 等), which the Traditional edition shows in its own
/// script like every other word on its pages; they come from the theme's ui.yml.
/// </summary>
internal sealed record CitationWords(string PlaceUnknown, string PublisherUnknown, string EtAl)
{
    /// <summary>The words as the standard prints them.</summary>
    public static CitationWords Simplified { get; } = new("出版地不详", "出版者不详", "等");
}
