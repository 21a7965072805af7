using Yearbook.Content;
using Yearbook.Editions;
using Yearbook.Indexes;
using Yearbook.Model;
using Yearbook.Rendering;

namespace Yearbook.Build;

/// <summary>One edition of a published build, as an incremental update needs it.</summary>
/// <param name="Converter">The edition's converter.</param>
/// <param name="Chapters">Every chapter converted into the edition, by chapter as written (compared by reference).</param>
/// <param name="Contents">The edition's table of contents (volumes, categories, neighbours).</param>
/// <param name="Context">The template context the edition's pages share.</param>
/// <param name="Indexes">The edition's honors, statistics and subject indexes.</param>
/// <param name="SiteTitle">The site's title in the edition's script.</param>
internal sealed record EditionState(
    EditionConverter Converter,
    Dictionary<Chapter, EditionChapter> Chapters,
    TableOfContents Contents,
    EditionContext Context,
    EditionIndexes Indexes,
    string SiteTitle)
{
    /// <summary>The edition.</summary>
    public Edition Edition => Converter.Edition;

    /// <summary>The address of a tag in the edition's subject index, as chapter pages link it.</summary>
    public string SubjectUrl(SiteUrls urls, string tag) => Indexes.SubjectUrl(urls, Edition, tag);
}

/// <summary>What a build that published keeps so that an edit can be applied without building again.</summary>
/// <param name="OutputFolder">The published output folder.</param>
/// <param name="Site">The site as loaded.</param>
/// <param name="Theme">The compiled theme.</param>
/// <param name="Urls">The site's addresses.</param>
/// <param name="Markdown">The Markdown dialect.</param>
/// <param name="Html">The body renderer.</param>
/// <param name="Links">The link resolver.</param>
/// <param name="Editions">The editions, in <see cref="Edition.All"/> order.</param>
/// <param name="Media">The content files the published site copied.</param>
/// <param name="Sitemap">The sitemap's pages (their data dropped), in the order the sitemap lists them.</param>
internal sealed record SiteState(
    string OutputFolder,
    Site Site,
    Theme Theme,
    SiteUrls Urls,
    ChapterMarkdown Markdown,
    MarkdownHtml Html,
    ChapterLinks Links,
    IReadOnlyList<EditionState> Editions,
    HashSet<string> Media,
    IReadOnlyList<(Page Page, string Lang, string OtherLang)> Sitemap)
{
    /// <summary>
    /// The chapter published from <paramref name="path"/> (relative to the site folder, with <c>/</c>),
    /// if any. Found through its volume, so an edit does not list ten thousand chapters to find one.
    /// </summary>
    public Chapter? ChapterAt(string path) =>
        VolumeOf(path)?.Chapters.FirstOrDefault(c => c.Path == path);

    /// <summary>Whether a published chapter lies inside <paramref name="folder"/> (relative to the site folder).</summary>
    public bool HasChaptersIn(string folder)
    {
        var prefix = folder + "/";
        return VolumeOf(prefix)?.Chapters.Any(c => c.Path.StartsWith(prefix, StringComparison.Ordinal)) == true;
    }

    /// <summary>The volume whose folder the first segment of <paramref name="path"/> names, if any.</summary>
    private Volume? VolumeOf(string path)
    {
        var slash = path.IndexOf('/');
        if (slash <= 0)
        {
            return null;
        }

        var slug = path[..slash];
        return Site.Volumes.FirstOrDefault(v => v.Slug == slug);
    }
}
