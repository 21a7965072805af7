using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Yearbook.Content;
using Yearbook.Content.Entries;
using Yearbook.Content.Chronicle;
using Yearbook.Diagnostics;

namespace Yearbook.Editions;

/// <summary>
/// Converts a whole chapter for each edition. Only text is converted: Markdown text nodes (in
/// paragraphs, headings, link text, image alt text, table cells, footnotes) and the text fields of
/// the front matter. URLs, code, slugs, keys, dates and HTML are left exactly as written. The body is
/// parsed once (<see cref="Parse"/>); each edition then rewrites the text nodes of that one tree from
/// the text as written and renders it before the next edition takes its turn.
/// </summary>
internal sealed class ChapterConverter
{
    private readonly ChapterMarkdown _markdown;

    /// <summary>Creates the converter for chapters in the <paramref name="markdown"/> dialect.</summary>
    public ChapterConverter(ChapterMarkdown markdown) => _markdown = markdown;

    /// <summary>Parses the body of <paramref name="chapter"/> once for all editions; markup problems go to <paramref name="diagnostics"/> when given.</summary>
    public ParsedChapter Parse(Chapter chapter, DiagnosticBag? diagnostics = null)
    {
        var document = _markdown.Parse(chapter.Body);
        var outline = Outline(document, chapter.FrontMatter.Script);
        if (diagnostics is not null)
        {
            ReportUnclosedMarkup(chapter, document, diagnostics);
        }

        foreach (var container in document.Descendants<ContainerInline>().ToList())
        {
            MergeAdjacentLiterals(container);
        }

        return new ParsedChapter(chapter, document, outline) { Chronicle = AssignChronicleIds(chapter, document) };
    }

    /// <summary>Gives each dated item of a chronicle its date anchor (read when the chapter was loaded); returns the items with their first lines.</summary>
    private static List<(ChronicleItem Item, LeafBlock First)> AssignChronicleIds(Chapter chapter, MarkdownDocument document)
    {
        var result = new List<(ChronicleItem, LeafBlock)>(chapter.Chronicle.Count);
        if (chapter.Chronicle.Count == 0)
        {
            return result;
        }

        var byIndex = chapter.Chronicle.ToDictionary(i => i.Index);
        foreach (var entry in ChronicleList.Items(document, chapter.Body))
        {
            if (byIndex.TryGetValue(entry.Index, out var item) && entry.Block.Count > 0 && entry.Block[0] is LeafBlock first)
            {
                entry.Block.GetAttributes().Id = item.Anchor;
                result.Add((item, first));
            }
        }

        return result;
    }

    /// <summary>
    /// Converts <paramref name="parsed"/> into <paramref name="converter"/>'s edition. The tree is
    /// rewritten in place and handed to <paramref name="renderBody"/>, which resolves its links and
    /// renders it; only the HTML is kept, so the tree can serve the next edition.
    /// </summary>
    public EditionChapter Convert(ParsedChapter parsed, EditionConverter converter, Func<MarkdownDocument, string> renderBody)
    {
        var chapter = parsed.Source;
        var from = chapter.FrontMatter.Script;
        var fm = chapter.FrontMatter;
        string T(string? text) => converter.Convert(text, from);

        var document = parsed.RewriteFor(converter);
        var (entries, outside) = EntriesOf(parsed.Outline, document, T);
        return new EditionChapter
        {
            Source = chapter,
            Edition = converter.Edition,
            Title = T(fm.Title),
            Category = T(fm.Category),
            SourceName = T(fm.Source),
            Authors = fm.Authors.Select(T).ToList(),
            Summary = T(fm.Summary),
            Tags = fm.Tags.Select(T).ToList(),
            Honors = fm.Honors.Select((h, i) => new EditionHonor($"honor-{i + 1}", h, T(h.Title), T(h.Recipient), h.AwardedBy is null ? null : T(h.AwardedBy))
            {
                Document = h.Document is null ? null : T(h.Document),
            }).ToList(),
            Stats = fm.Stats.Select((s, i) => new EditionStatistic($"stat-{i + 1}", s, T(s.Indicator), T(s.Unit), T(s.Period), s.Change is null ? null : T(s.Change), s.Note is null ? null : T(s.Note))).ToList(),
            Headings = parsed.Outline.Contents.Select(c => new Heading(c.Id, ContentsTitle(c), c.Level) { Kind = c.Kind }).ToList(),
            Entries = entries,
            PlainText = PlainTextOf(document),
            TextOutsideEntries = outside,
            Chronicle = parsed.Chronicle.Select(ChronicleText).ToList(),
            Document = fm.Document is { } d ? d with { Title = T(d.Title), Issuer = d.Issuer is null ? null : T(d.Issuer), Number = d.Number is null ? null : T(d.Number) } : null,
            BodyHtml = renderBody(document),
        };
    }

    /// <summary>A chronicle item's date and text as the tree now holds them, in the edition's script.</summary>
    private static EditionChronicleItem ChronicleText((ChronicleItem Item, LeafBlock First) item)
    {
        var (date, text) = ChronicleList.SplitDate(InlineText(item.First));
        return new EditionChronicleItem(item.Item, date, text);
    }

    /// <summary>Parses and converts <paramref name="chapter"/> for one edition (tests and benchmarks); the body HTML is rendered by <paramref name="renderBody"/>.</summary>
    public EditionChapter Convert(Chapter chapter, EditionConverter converter, Func<MarkdownDocument, string> renderBody, DiagnosticBag? diagnostics = null) =>
        Convert(Parse(chapter, diagnostics), converter, renderBody);

    /// <summary>
    /// Finds the entries, figures and tables of <paramref name="document"/> (written in <paramref name="script"/>)
    /// and gives them and every heading their ids; the outline lists what the chapter's contents show.
    /// </summary>
    internal static ChapterOutline Outline(MarkdownDocument document, Script script)
    {
        var figures = FigureNumbering.Number(document, script);
        var (headings, entries) = AssignHeadingIds(document);
        var byBlock = entries.ToDictionary(e => (Block)e.Block);
        var tables = figures.Where(f => f.Titled && f.Id.StartsWith("table-", StringComparison.Ordinal))
            .ToDictionary(f => (Block)f.Caption);
        var contents = new List<OutlineItem>();
        var level = 1;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (byBlock.TryGetValue(block, out var entry))
            {
                contents.Add(new OutlineItem(entry.Id, "entry", (ContainerInline)entry.Block.Inline!.FirstChild!, entry.Level));
            }
            else if (block is HeadingBlock { Level: 2 or 3 } heading)
            {
                level = heading.Level;
                contents.Add(new OutlineItem(heading.GetAttributes().Id!, "heading", heading.Inline!, heading.Level));
            }
            else if (block is HeadingBlock other)
            {
                level = other.Level;
            }
            else if (tables.TryGetValue(block, out var table))
            {
                contents.Add(new OutlineItem(table.Id, "table", table.Caption.Inline!, Math.Min(level + 1, 4)));
            }
        }

        return new ChapterOutline(headings, entries, contents);
    }

    /// <summary>
    /// Gives every heading and every entry an id taken from its text as written, before conversion, so
    /// that the same heading or entry has the same anchor in both editions and the edition switch keeps
    /// the reader's place. Entries and headings share one set of ids: a repeated one gets -2, -3.
    /// </summary>
    internal static (List<(string Id, HeadingBlock Block)> Headings, List<ChapterEntry> Entries) AssignHeadingIds(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(string, HeadingBlock)>();
        var entries = new List<ChapterEntry>();
        var index = 0;
        var level = 1;
        string Unique(string id)
        {
            var unique = id;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{id}-{n}";
            }

            return unique;
        }

        foreach (var block in document.Descendants<LeafBlock>().ToList())
        {
            // An entry is a heading or a paragraph of the chapter itself (not of a list, quote or figure).
            var entry = block is HeadingBlock || (block is ParagraphBlock && block.Parent is MarkdownDocument) ? EntryMarkup.Take(block) : null;
            if (block is HeadingBlock heading)
            {
                index++;
                var id = Slugify(InlineText(heading));
                var unique = Unique(id.Length == 0 ? $"section-{index}" : id);
                heading.GetAttributes().Id = unique;
                if (entry is { } e)
                {
                    heading.GetAttributes().AddClass("entry");
                    entries.Add(new ChapterEntry(unique, e.Title, e.Tags, heading, heading.Level));
                }
                else if (heading.Level is 2 or 3)
                {
                    result.Add((unique, heading));
                }

                level = heading.Level;
            }
            else if (entry is { } e)
            {
                var id = Slugify(e.Title);
                var unique = Unique(id.Length == 0 ? $"entry-{entries.Count + 1}" : id);
                block.GetAttributes().Id = unique;
                block.GetAttributes().AddClass("entry");
                entries.Add(new ChapterEntry(unique, e.Title, e.Tags, block, Math.Min(level + 1, 4)));
            }
        }

        return (result, entries);
    }

    /// <summary>The text a contents line shows: a heading's or a table caption's, an entry's title without its brackets.</summary>
    private static string ContentsTitle(OutlineItem item)
    {
        var builder = new StringBuilder();
        AppendText(item.Title, builder);
        var text = builder.ToString().Trim();
        return item.Kind == "entry" ? text.Trim(EntryMarkup.Open, EntryMarkup.Close) : text;
    }

    /// <summary>
    /// The entries in the edition's script, each with its text (its block and what follows it up to the
    /// next entry or heading), and the chapter's text outside them; null for a chapter without entries.
    /// </summary>
    private static (IReadOnlyList<EditionEntry> Entries, string? Outside) EntriesOf(ChapterOutline outline, MarkdownDocument document, Func<string?, string> convert)
    {
        if (outline.Entries.Count == 0)
        {
            return ([], null);
        }

        var byBlock = outline.Entries.ToDictionary(e => (Block)e.Block);
        var texts = outline.Entries.ToDictionary(e => e, _ => new StringBuilder());
        var outside = new StringBuilder();
        var current = outside;
        foreach (var block in document)
        {
            if (byBlock.TryGetValue(block, out var entry))
            {
                current = texts[entry];
            }
            else if (block is HeadingBlock)
            {
                current = outside;
            }

            if (block is ContainerBlock container and not FootnoteGroup)
            {
                AppendPlainText(container, current);
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                AppendText(inline, current);
                current.Append('\n');
            }
        }

        var entries = outline.Entries.Select(e =>
        {
            var title = new StringBuilder();
            AppendText((ContainerInline)e.Block.Inline!.FirstChild!, title);
            return new EditionEntry(e.Id, title.ToString().Trim().Trim(EntryMarkup.Open, EntryMarkup.Close), e.Title,
                e.Tags.Select(t => convert(t)).ToList(), e.Tags, texts[e].ToString());
        }).ToList();
        return (entries, outside.ToString());
    }

    /// <summary>A "-{" left in text after parsing was never closed on its line: the editor meant a no-convert span.</summary>
    private static void ReportUnclosedMarkup(Chapter chapter, MarkdownDocument document, DiagnosticBag diagnostics)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var index = literal.Content.AsSpan().IndexOf(NoConvertMarkup.Open);
            if (index >= 0)
            {
                var (line, column) = SourceText.LineAndColumn(chapter.Body, literal.Span.Start + index);
                diagnostics.Warning(DiagnosticCodes.NoConvertMarkup,
                    "'-{' opens a no-convert span that is not closed by '}-' on the same line; the text is converted as usual",
                    new SourceLocation(chapter.Path, chapter.BodyLine + line - 1, column));
            }
        }
    }

    /// <summary>
    /// Markdig may split one run of text into several literal nodes; a phrase split across two
    /// nodes would be converted character by character, so adjacent literals are joined first.
    /// </summary>
    private static void MergeAdjacentLiterals(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            if (child is LiteralInline first && first.NextSibling is LiteralInline)
            {
                var builder = new StringBuilder(first.Content.ToString());
                while (first.NextSibling is LiteralInline next)
                {
                    builder.Append(next.Content.AsSpan());
                    next.Remove();
                }

                first.Content = new StringSlice(builder.ToString());
            }

            child = child.NextSibling;
        }
    }

    /// <summary>The text of a heading or other leaf block's inlines.</summary>
    public static string InlineText(LeafBlock block)
    {
        var builder = new StringBuilder();
        if (block.Inline is not null)
        {
            AppendText(block.Inline, builder);
        }

        return builder.ToString().Trim();
    }

    private static void AppendText(ContainerInline container, StringBuilder builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: builder.Append(literal.Content.AsSpan()); break;
                case CodeInline code: builder.Append(code.Content); break;
                case NoConvertInline span: builder.Append(span.Display); break;
                case LineBreakInline: builder.Append(' '); break;
                case ContainerInline nested: AppendText(nested, builder); break;
            }
        }
    }

    private static string PlainTextOf(MarkdownDocument document)
    {
        var builder = new StringBuilder();
        AppendPlainText(document, builder);
        return builder.ToString();
    }

    /// <summary>The text of every leaf block under <paramref name="container"/>, in document order, a line each.</summary>
    private static void AppendPlainText(ContainerBlock container, StringBuilder builder)
    {
        // A plain walk: Descendants() allocates an enumerator and a stack per call, twenty thousand times a build.
        foreach (var block in container)
        {
            if (block is ContainerBlock nested)
            {
                AppendPlainText(nested, builder);
            }
            else if (block is LeafBlock { Inline: { } inline } && container is not FootnoteGroup)
            {
                AppendText(inline, builder);
                builder.Append('\n');
            }
        }
    }

    /// <summary>Makes an anchor from heading text: letters and digits of any script kept, the rest turned into hyphens.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
