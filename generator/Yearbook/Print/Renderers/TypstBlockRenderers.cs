using Markdig.Renderers.Html;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Yearbook.Print.Renderers;

/// <summary>A heading: chapter headings sit below the book's category (1) and chapter (2) levels, so <c>##</c> prints at level 3.</summary>
internal sealed class TypstHeadingRenderer : MarkdownObjectRenderer<TypstRenderer, HeadingBlock>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, HeadingBlock heading)
    {
        renderer.MarkedInSection.Clear();
        renderer.EnsureLine();
        renderer.Write($"#heading(level: {Math.Max(3, heading.Level + 1)}, outlined: false)[");
        TypstEntryMark.Write(renderer, heading);
        renderer.WriteInlines(heading);
        renderer.WriteLine("]").WriteLine();
    }
}

/// <summary>
/// A paragraph. One that opens with 【…】 is an entry (条目): its title is set as the theme's <c>entry</c>.
/// One that holds only an image is a figure with the alt text as its caption. A 单位 line right
/// before a table is set as the table's unit line.
/// </summary>
internal sealed class TypstParagraphRenderer : MarkdownObjectRenderer<TypstRenderer, ParagraphBlock>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, ParagraphBlock paragraph)
    {
        renderer.EnsureLine();
        if (paragraph.Inline?.FirstChild is LinkInline { IsImage: true } image && image.NextSibling is null)
        {
            TypstLinkRenderer.WriteFigure(renderer, image);
            renderer.WriteLine().WriteLine();
            return;
        }

        if (IsUnitLine(paragraph))
        {
            renderer.Write("#unit-line[");
            renderer.WriteInlines(paragraph);
            renderer.WriteLine("]");
            return;
        }

        TypstEntryMark.Write(renderer, paragraph);
        var first = paragraph.Inline?.FirstChild as LiteralInline;
        var text = first?.Content.ToString() ?? "";
        var close = text.StartsWith('【') ? text.IndexOf('】') : -1;
        if (close > 0)
        {
            renderer.Write("#entry[").WriteText(text.AsSpan(0, close + 1)).Write(']');
            first!.Content = new Markdig.Helpers.StringSlice(text[(close + 1)..]);
            renderer.WriteInlines(paragraph);
            first.Content = new Markdig.Helpers.StringSlice(text);
        }
        else
        {
            renderer.WriteInlines(paragraph);
        }

        renderer.WriteLine().WriteLine();
    }

    /// <summary>单位：… (單位：…) right before a table.</summary>
    internal static bool IsUnitLine(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is LiteralInline literal
        && literal.Content.ToString() is var text && (text.StartsWith("单位", StringComparison.Ordinal) || text.StartsWith("單位", StringComparison.Ordinal))
        && text.Length > 2 && text[2] is '：' or ':'
        && paragraph.Parent is { } parent && parent.IndexOf(paragraph) is var i && i + 1 < parent.Count && parent[i + 1] is Markdig.Extensions.Tables.Table;
}

/// <summary>
/// The mark of an entry (条目) where its title begins, <c>#metadata((entry: "项目投产"))&lt;yb-entry&gt;</c>:
/// the theme's page map reads the page of each back, for the web pages and citations. Written here, not
/// by the theme, so a theme that does not know of it still sets the book.
/// </summary>
internal static class TypstEntryMark
{
    /// <summary>Writes the mark when <paramref name="block"/> is an entry (given its id and class when the chapter was read).</summary>
    public static void Write(TypstRenderer renderer, LeafBlock block)
    {
        if (block.TryGetAttributes() is { Id: { Length: > 0 } id, Classes: { } classes } && classes.Contains("entry"))
        {
            renderer.Write($"#metadata((entry: {TypstText.String(id)}))<yb-entry>");
        }
    }
}

/// <summary>A list: <c>list</c> or <c>enum</c> (with its start number), each item a content block.</summary>
internal sealed class TypstListRenderer : MarkdownObjectRenderer<TypstRenderer, ListBlock>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, ListBlock list)
    {
        renderer.EnsureLine();
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, out var n) ? n : 1;
        renderer.Write(list.IsOrdered ? $"#enum(start: {start}, tight: {Bool(list.IsLoose)}" : $"#list(tight: {Bool(list.IsLoose)}");
        foreach (var item in list.OfType<ListItemBlock>())
        {
            renderer.Write(", ");
                renderer.WriteContentBlock(item);
        }

        renderer.WriteLine(")").WriteLine();
    }

    private static string Bool(bool loose) => loose ? "false" : "true";
}

/// <summary>A block quote.</summary>
internal sealed class TypstQuoteRenderer : MarkdownObjectRenderer<TypstRenderer, QuoteBlock>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, QuoteBlock quote)
    {
        renderer.EnsureLine();
        renderer.Write("#quote(block: true, ");
        renderer.WriteContentBlock(quote);
        renderer.WriteLine(")").WriteLine();
    }
}

/// <summary>A code block, as raw text.</summary>
internal sealed class TypstCodeBlockRenderer : MarkdownObjectRenderer<TypstRenderer, CodeBlock>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, CodeBlock code)
    {
        renderer.EnsureLine();
        var text = string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString()));
        renderer.WriteLine($"#raw(block: true, {TypstText.String(text)})").WriteLine();
    }
}

/// <summary>A thematic break, as a short centred rule.</summary>
internal sealed class TypstThematicBreakRenderer : MarkdownObjectRenderer<TypstRenderer, ThematicBreakBlock>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, ThematicBreakBlock block) =>
        renderer.EnsureLine().WriteLine("#align(center, line(length: 30%, stroke: 0.5pt))").WriteLine();
}

/// <summary>Raw HTML (only with <c>raw_html: true</c>): printed as its text, since Typst cannot set HTML.</summary>
internal sealed class TypstHtmlBlockRenderer : MarkdownObjectRenderer<TypstRenderer, HtmlBlock>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, HtmlBlock html)
    {
        renderer.EnsureLine();
        renderer.WriteText(string.Join(" ", html.Lines.Lines.Take(html.Lines.Count).Select(l => l.Slice.ToString())));
        renderer.WriteLine().WriteLine();
    }
}

/// <summary>The footnotes at the end of a chapter: nothing, since each is set at its reference (<see cref="TypstFootnoteLinkRenderer"/>).</summary>
internal sealed class TypstFootnoteGroupRenderer : MarkdownObjectRenderer<TypstRenderer, Markdig.Extensions.Footnotes.FootnoteGroup>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, Markdig.Extensions.Footnotes.FootnoteGroup group)
    {
    }
}
