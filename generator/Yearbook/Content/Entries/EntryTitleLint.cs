using System.Globalization;
using System.Text;
using Markdig.Syntax;
using Yearbook.Diagnostics;

namespace Yearbook.Content.Entries;

/// <summary>
/// Checks entry titles the way a yearbook's editorial rules do, with warnings: at most
/// <see cref="MaxLength"/> characters (YB0120), no punctuation (YB0121), and no personal name the
/// glossary marks with <c>person: true</c> (YB0122), since an entry is titled by its subject, not by a person.
/// </summary>
internal sealed class EntryTitleLint
{
    /// <summary>The longest entry title, in characters.</summary>
    public const int MaxLength = 18;

    private readonly ChapterMarkdown _markdown;
    private readonly IReadOnlyList<GlossaryEntry> _persons;

    /// <summary>Creates the lint for chapters in <paramref name="markdown"/>, with the person names of <paramref name="glossary"/>.</summary>
    public EntryTitleLint(ChapterMarkdown markdown, Glossary glossary)
    {
        _markdown = markdown;
        _persons = glossary.Entries.Where(e => e.IsPerson).ToList();
    }

    /// <summary>Checks the entry titles of <paramref name="chapter"/>.</summary>
    public void Check(Chapter chapter, DiagnosticBag diagnostics)
    {
        if (!chapter.Body.Contains(EntryMarkup.Open, StringComparison.Ordinal))
        {
            return; // most chapters of a large series have no entry: not parsed again for nothing
        }

        var document = _markdown.Parse(chapter.Body);
        foreach (var block in document.OfType<LeafBlock>().Where(b => b is HeadingBlock or ParagraphBlock))
        {
            if (EntryMarkup.Take(block) is not { } entry)
            {
                continue;
            }

            var (line, column) = SourceText.LineAndColumn(chapter.Body, block.Inline!.FirstChild!.Span.Start);
            var location = new SourceLocation(chapter.Path, chapter.BodyLine + line - 1, column);
            var title = entry.Title;
            var length = title.EnumerateRunes().Count();
            if (length > MaxLength)
            {
                diagnostics.Warning(DiagnosticCodes.EntryTitleLong,
                    $"the entry title '{title}' has {length} characters; keep it to {MaxLength} or fewer", location);
            }

            var marks = title.EnumerateRunes().Where(IsPunctuation).Select(r => r.ToString()).Distinct().ToList();
            if (marks.Count > 0)
            {
                diagnostics.Warning(DiagnosticCodes.EntryTitlePunctuation,
                    $"the entry title '{title}' holds punctuation ({string.Join(" ", marks)}); an entry title has none", location);
            }

            foreach (var person in _persons.Where(p => title.Contains(p.Hans, StringComparison.Ordinal) || title.Contains(p.Hant, StringComparison.Ordinal)))
            {
                diagnostics.Warning(DiagnosticCodes.EntryTitlePerson,
                    $"the entry title '{title}' holds the personal name {person.Hans} (marked person in the glossary); title the entry by its subject", location);
            }
        }
    }

    private static bool IsPunctuation(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or
        UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or
        UnicodeCategory.OtherPunctuation;
}
