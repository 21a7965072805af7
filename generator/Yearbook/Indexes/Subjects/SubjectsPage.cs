using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Subjects;

/// <summary>The subject index page of an edition (<c>/{edition}/subjects/</c>); its context is documented in the theme's README.</summary>
internal static class SubjectsPage
{
    /// <summary>The folder of the page, relative to the edition.</summary>
    public const string Folder = SitePaths.Subjects;

    /// <summary>Builds the page.</summary>
    public static Page Build(SubjectIndex index, Edition edition, EditionContext context, SiteUrls urls, TableOfContents contents)
    {
        return SectionPage.Build("subjects", Folder, edition, context, urls, new
        {
            groups = index.Groups.Select(g => new
            {
                letter = g.Letter,
                anchor = g.Anchor,
                entries = g.Entries.Select(e => new
                {
                    heading = e.Heading,
                    kind = e.Kind.ToString().ToLowerInvariant(),
                    anchor = e.Anchor,
                    chapters = e.Chapters.Select(c => new
                    {
                        title = c.Title,
                        url = urls.Chapter(edition, c.Source),
                        volumeTitle = contents.VolumeOf(c.Source).Title,
                    }).ToList(),
                    // The entries (条目) it leads to: the entry's anchor on its chapter page.
                    entries = e.Entries.Select(p => new
                    {
                        title = p.Entry.Title,
                        chapterTitle = p.Chapter.Title,
                        url = urls.Chapter(edition, p.Chapter.Source) + "#" + p.Entry.Id,
                        volumeTitle = contents.VolumeOf(p.Chapter.Source).Title,
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        }, context.Text("subjectsIntro"));
    }
}
