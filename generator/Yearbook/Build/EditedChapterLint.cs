using Yearbook.Content;
using Yearbook.Content.Entries;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Editions.Review;

namespace Yearbook.Build;

/// <summary>
/// The script and entry-title lint of the chapters an edit in <c>serve</c> read again, run beside their conversion:
/// it only adds warnings (to a thread-safe <see cref="DiagnosticBag"/>), so nothing waits for it until the update's
/// diagnostics are read (<see cref="Join"/>).
/// </summary>
internal sealed class EditedChapterLint
{
    private readonly Task _checked;

    /// <summary>Starts checking the chapters of <paramref name="site"/> at <paramref name="paths"/>, with the Markdown dialect of <paramref name="markdown"/>.</summary>
    public EditedChapterLint(ChapterMarkdown markdown, Site site, IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        _checked = Task.Run(() =>
        {
            var lint = new ScriptLint(markdown, site, ReviewedList.Load(site.Root, new DiagnosticBag()));
            var entryTitles = new EntryTitleLint(markdown, site.Glossary);
            foreach (var chapter in paths.Select(p => site.Chapters.FirstOrDefault(c => c.Path == p)).OfType<Chapter>())
            {
                lint.Check(chapter, diagnostics);
                entryTitles.Check(chapter, diagnostics);
            }
        });
    }

    /// <summary>Waits until every warning is in the bag; a failure of the lint is thrown here.</summary>
    public void Join() => _checked.GetAwaiter().GetResult();
}
