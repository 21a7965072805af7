using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Yearbook.Content;

namespace Yearbook.Editions;

/// <summary>
/// A chapter body parsed once for all editions: the Markdown tree, its headings with their anchors,
/// and the text and link addresses as written. Each edition rewrites the tree's text nodes from the
/// text as written (<see cref="RewriteFor"/>), so nothing is parsed twice and nothing is converted
/// from an already converted text. Not thread-safe: one edition at a time.
/// </summary>
internal sealed class ParsedChapter
{
    private readonly (LiteralInline Node, string Written)[] _texts;
    private readonly NoConvertInline[] _spans;
    private readonly (LinkInline Node, string? Written)[] _links;

    internal ParsedChapter(Chapter source, MarkdownDocument document, ChapterOutline outline)
    {
        Source = source;
        Document = document;
        Outline = outline;
        var texts = new List<(LiteralInline, string)>();
        var spans = new List<NoConvertInline>();
        var links = new List<(LinkInline, string?)>();
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal when literal.Parent is not null:
                    texts.Add((literal, literal.Content.ToString()));
                    break;
                case NoConvertInline span:
                    spans.Add(span);
                    break;
                case LinkInline link:
                    links.Add((link, link.Url));
                    break;
            }
        }

        _texts = [.. texts];
        _spans = [.. spans];
        _links = [.. links];
    }

    /// <summary>The chapter as written.</summary>
    public Chapter Source { get; }

    /// <summary>The tree, holding whichever edition's text was written into it last.</summary>
    public MarkdownDocument Document { get; }

    /// <summary>The headings, entries and numbered tables with their anchors (from the text as written).</summary>
    internal ChapterOutline Outline { get; }

    /// <summary>A chronicle's dated items, each with the first line of its list item (which holds its date).</summary>
    internal IReadOnlyList<(Content.Chronicle.ChronicleItem Item, LeafBlock First)> Chronicle { get; init; } = [];

    /// <summary>Writes <paramref name="converter"/>'s edition of every text into the tree and restores the links as written; returns the tree.</summary>
    public MarkdownDocument RewriteFor(EditionConverter converter)
    {
        var from = Source.FrontMatter.Script;
        foreach (var (node, written) in _texts)
        {
            node.Content = new StringSlice(converter.ConvertPlain(written, from));
        }

        foreach (var span in _spans)
        {
            span.Display = span.Segment.For(converter.Edition.Script);
        }

        foreach (var (node, written) in _links)
        {
            node.Url = written;
        }

        return Document;
    }
}
