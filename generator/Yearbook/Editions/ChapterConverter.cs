using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Yearbook.Content;
using Yearbook.Content.Chronicle;
using Yearbook.Diagnostics;
using Yearbook.Editions.NoConvert;

namespace Yearbook.Editions;

/// <summary>
/// Converts a whole chapter for each edition. Only text is converted: Markdown text nodes (in
/// paragraphs, headings, link text, image alt text, table cells, footnotes) and the text fields of
/// the front matter. URLs, code, slugs, keys, dates and HTML are left exactly as written. The body is
/// parsed once (<see cref="Parse"/>); each edition then rewrites the text nodes of that one tree from
/// the text as written and renders it before the next edition takes its turn.
/// </summary>
public sealed class ChapterConverter
{
    private readonly ChapterMarkdown _markdown;

    /// <summary>Creates the converter for chapters in the <paramref name="markdown"/> dialect.</summary>
    public ChapterConverter(ChapterMarkdown markdown) => _markdown = markdown;

    /// <summary>Parses the body of <paramref name="chapter"/> once for all editions; markup problems go to <paramref name="diagnostics"/> when given.</summary>
    public ParsedChapter Parse(Chapter chapter, DiagnosticBag? diagnostics = null)
    {
        var document = _markdown.Parse(chapter.Body);
        var headings = AssignHeadingIds(document);
        if (diagnostics is not null)
        {
            ReportUnclosedMarkup(chapter, document, diagnostics);
        }

        foreach (var container in document.Descendants<ContainerInline>().ToList())
        {
            MergeAdjacentLiterals(container);
        }

        return new ParsedChapter(chapter, document, headings) { Chronicle = AssignChronicleIds(chapter, document) };
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
            Honors = fm.Honors.Select((h, i) => new EditionHonor($"honor-{i + 1}", h, T(h.Title), T(h.Recipient), h.AwardedBy is null ? null : T(h.AwardedBy))).ToList(),
            Stats = fm.Stats.Select((s, i) => new EditionStatistic($"stat-{i + 1}", s, T(s.Indicator), T(s.Unit), T(s.Period), s.Change is null ? null : T(s.Change), s.Note is null ? null : T(s.Note))).ToList(),
            Headings = parsed.Headings.Select(h => new Heading(h.Id, InlineText(h.Block), h.Block.Level)).ToList(),
            PlainText = PlainTextOf(document),
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
    /// Gives every heading an id taken from its text as written, before conversion, so that the
    /// same heading has the same anchor in both editions and the edition switch keeps the reader's place.
    /// </summary>
    internal static List<(string Id, HeadingBlock Block)> AssignHeadingIds(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(string, HeadingBlock)>();
        var index = 0;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            index++;
            var id = Slugify(InlineText(heading));
            if (id.Length == 0)
            {
                id = $"section-{index}";
            }

            var unique = id;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{id}-{n}";
            }

            heading.GetAttributes().Id = unique;
            if (heading.Level is 2 or 3)
            {
                result.Add((unique, heading));
            }
        }

        return result;
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
