using System.Text;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Yearbook.Print.Renderers;

namespace Yearbook.Print.Renderers;

/// <summary>
/// Renders a chapter's Markdown tree (already converted into an edition's script) as Typst markup,
/// after Markdig's renderer model: one renderer per node kind, in <c>Renderers/</c>. What a node
/// looks like in print is decided by the theme's <c>print/book.typ</c>, whose functions the output calls.
/// </summary>
internal sealed class TypstRenderer : TextRendererBase<TypstRenderer>
{
    private readonly StringWriter _writer;

    /// <summary>Creates a renderer for the chapters of one book.</summary>
    /// <param name="images">Turns an image address as written in a chapter into its path in the book's workspace, or null when it cannot be printed.</param>
    /// <param name="terms">The subject index's terms; the first occurrence of each in a paragraph gets an index mark.</param>
    public TypstRenderer(Func<string, string?> images, IReadOnlyCollection<string> terms) : this(new StringWriter(), images, terms)
    {
    }

    private TypstRenderer(StringWriter writer, Func<string, string?> images, IReadOnlyCollection<string> terms) : base(writer)
    {
        _writer = writer;
        Images = images;
        Terms = terms.Where(t => t.Length > 0).OrderByDescending(t => t.Length).ToArray();
        ObjectRenderers.Add(new TypstHeadingRenderer());
        ObjectRenderers.Add(new TypstParagraphRenderer());
        ObjectRenderers.Add(new TypstListRenderer());
        ObjectRenderers.Add(new TypstQuoteRenderer());
        ObjectRenderers.Add(new TypstCodeBlockRenderer());
        ObjectRenderers.Add(new TypstThematicBreakRenderer());
        ObjectRenderers.Add(new TypstTableRenderer());
        ObjectRenderers.Add(new TypstHtmlBlockRenderer());
        ObjectRenderers.Add(new TypstFootnoteGroupRenderer());
        ObjectRenderers.Add(new TypstLiteralRenderer());
        ObjectRenderers.Add(new TypstEmphasisRenderer());
        ObjectRenderers.Add(new TypstLinkRenderer());
        ObjectRenderers.Add(new TypstAutolinkRenderer());
        ObjectRenderers.Add(new TypstCodeInlineRenderer());
        ObjectRenderers.Add(new TypstLineBreakRenderer());
        ObjectRenderers.Add(new TypstHtmlInlineRenderer());
        ObjectRenderers.Add(new TypstHtmlEntityRenderer());
        ObjectRenderers.Add(new TypstFootnoteLinkRenderer());
        ObjectRenderers.Add(new TypstNoConvertRenderer());
    }

    /// <summary>Turns an image address into a workspace path, or null.</summary>
    public Func<string, string?> Images { get; }

    /// <summary>The index terms, longest first. Each is marked once per section (the text under one heading): a locator per
    /// paragraph made 7,000 marks in a 500-page book and cost Typst a fifth of its time, for locators a reader does not need.</summary>
    public string[] Terms { get; }

    /// <summary>The terms already marked in the section being written.</summary>
    public HashSet<string> MarkedInSection { get; } = new(StringComparer.Ordinal);

    /// <summary>A prefix that makes footnote labels unique in the book (one per chapter).</summary>
    public string LabelPrefix { get; set; } = "c";

    /// <summary>The footnotes already written, by their order in the chapter, with their labels.</summary>
    public Dictionary<int, string> WrittenFootnotes { get; } = [];

    /// <summary>Renders <paramref name="document"/> and returns the Typst markup; the renderer is then ready for the next chapter.</summary>
    public string RenderChapter(MarkdownDocument document, string labelPrefix)
    {
        LabelPrefix = labelPrefix;
        WrittenFootnotes.Clear();
        MarkedInSection.Clear();
        _writer.GetStringBuilder().Clear();
        Render(document);
        EnsureLine();
        return _writer.ToString();
    }

    /// <summary>Writes <paramref name="text"/> as literal markup text.</summary>
    public TypstRenderer WriteText(ReadOnlySpan<char> text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        TypstText.AppendMarkup(escaped, text);
        Write(escaped.ToString());
        return this;
    }

    /// <summary>Writes the inlines of <paramref name="leaf"/> (a paragraph or a heading), or nothing.</summary>
    public void WriteInlines(LeafBlock leaf)
    {
        if (leaf.Inline is { } inline)
        {
            WriteChildren(inline);
        }
    }

    /// <summary>Writes each block of <paramref name="container"/>, one paragraph break between them, inside a content block.</summary>
    public void WriteContentBlock(ContainerBlock container)
    {
        Write('[');
        for (var i = 0; i < container.Count; i++)
        {
            if (i > 0)
            {
                Write("#parbreak()");
            }

            if (container[i] is ParagraphBlock paragraph)
            {
                WriteInlines(paragraph);
            }
            else
            {
                Write(container[i]);
            }
        }

        Write(']');
    }
}
