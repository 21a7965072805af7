using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Yearbook.Content;

namespace Yearbook.Print.Renderers;

/// <summary>Text, with an index mark before the first occurrence in its section of each subject index term.</summary>
internal sealed class TypstLiteralRenderer : MarkdownObjectRenderer<TypstRenderer, LiteralInline>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, LiteralInline literal)
    {
        var text = literal.Content.AsSpan();
        var output = new StringBuilder(text.Length + 16);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var term in renderer.Terms)
            {
                if (text[i..].StartsWith(term, StringComparison.Ordinal) && renderer.MarkedInSection.Add(term))
                {
                    TypstText.AppendMarkup(output, text[start..i]);
                    output.Append("#term(").Append(TypstText.String(term)).Append(')');
                    start = i;
                }
            }
        }

        TypstText.AppendMarkup(output, text[start..]);
        renderer.Write(output.ToString());
    }
}

/// <summary>Emphasis: <c>*…*</c> as emphasis, <c>**…**</c> as strong, <c>~~…~~</c> struck out.</summary>
internal sealed class TypstEmphasisRenderer : MarkdownObjectRenderer<TypstRenderer, EmphasisInline>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, EmphasisInline emphasis)
    {
        var function = emphasis.DelimiterChar == '~' ? "strike" : emphasis.DelimiterCount >= 2 ? "strong" : "emph";
        renderer.Write($"#{function}[");
        renderer.WriteChildren(emphasis);
        renderer.Write(']');
    }
}

/// <summary>
/// A link: a web address is a PDF link; a link to another chapter prints its text only (the web
/// address would mean nothing on paper). An image is placed inline, or as a figure when it is alone
/// in its paragraph (<see cref="WriteFigure"/>).
/// </summary>
internal sealed class TypstLinkRenderer : MarkdownObjectRenderer<TypstRenderer, LinkInline>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, LinkInline link)
    {
        if (link.IsImage)
        {
            if (link.Url is { } url && renderer.Images(url) is { } path)
            {
                renderer.Write($"#box(image({TypstText.String(path)}, height: 1.2em))");
            }
            else
            {
                renderer.WriteChildren(link);
            }

            return;
        }

        if (link.Url is { } address && (address.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            renderer.Write($"#link({TypstText.String(address)})[");
            renderer.WriteChildren(link);
            renderer.Write(']');
            return;
        }

        renderer.WriteChildren(link);
    }

    /// <summary>An image alone in its paragraph: a figure, its alt text the caption; only the caption when the image cannot be printed.</summary>
    public static void WriteFigure(TypstRenderer renderer, LinkInline image)
    {
        var path = image.Url is { } url ? renderer.Images(url) : null;
        renderer.Write("#figure(");
        renderer.Write(path is null ? "[]" : $"image({TypstText.String(path)}, width: 80%)");
        renderer.Write(", caption: [");
        renderer.WriteChildren(image);
        renderer.Write("])");
    }
}

/// <summary>An autolink (<c>&lt;https://…&gt;</c> or a bare web address).</summary>
internal sealed class TypstAutolinkRenderer : MarkdownObjectRenderer<TypstRenderer, AutolinkInline>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, AutolinkInline link)
    {
        if (link.IsEmail)
        {
            renderer.WriteText(link.Url);
            return;
        }

        renderer.Write($"#link({TypstText.String(link.Url)})");
    }
}

/// <summary>Inline code, as raw text.</summary>
internal sealed class TypstCodeInlineRenderer : MarkdownObjectRenderer<TypstRenderer, CodeInline>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, CodeInline code) => renderer.Write($"#raw({TypstText.String(code.Content)})");
}

/// <summary>A line break: a hard one is a Typst line break; a soft one is a space, or nothing between Chinese characters.</summary>
internal sealed class TypstLineBreakRenderer : MarkdownObjectRenderer<TypstRenderer, LineBreakInline>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, LineBreakInline lineBreak)
    {
        if (lineBreak.IsHard)
        {
            renderer.Write("#linebreak()");
            return;
        }

        var before = (lineBreak.PreviousSibling as LiteralInline)?.Content.ToString() is { Length: > 0 } b ? b[^1] : ' ';
        var after = (lineBreak.NextSibling as LiteralInline)?.Content.ToString() is { Length: > 0 } a ? a[0] : ' ';
        if (!TypstText.IsCjk(before) && !TypstText.IsCjk(after))
        {
            renderer.Write(' ');
        }
    }
}

/// <summary>Raw inline HTML (only with <c>raw_html: true</c>): printed as text.</summary>
internal sealed class TypstHtmlInlineRenderer : MarkdownObjectRenderer<TypstRenderer, HtmlInline>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, HtmlInline html) => renderer.WriteText(html.Tag);
}

/// <summary>An HTML entity (<c>&amp;amp;</c>), as the character it stands for.</summary>
internal sealed class TypstHtmlEntityRenderer : MarkdownObjectRenderer<TypstRenderer, HtmlEntityInline>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, HtmlEntityInline entity) => renderer.WriteText(entity.Transcoded.AsSpan());
}

/// <summary>
/// A footnote reference: the footnote is set at the foot of the page where it is referenced. A note
/// referenced again points to the first one.
/// </summary>
internal sealed class TypstFootnoteLinkRenderer : MarkdownObjectRenderer<TypstRenderer, FootnoteLink>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink)
        {
            return;
        }

        var order = link.Footnote.Order;
        if (renderer.WrittenFootnotes.TryGetValue(order, out var label))
        {
            renderer.Write($"#footnote(<{label}>)");
            return;
        }

        label = $"{renderer.LabelPrefix}-fn-{order}";
        renderer.WrittenFootnotes[order] = label;
        renderer.Write("#footnote(");
        renderer.WriteContentBlock(link.Footnote);
        renderer.Write($")<{label}>");
    }
}

/// <summary>A <c>-{…}-</c> span: its text for the edition, never converted (the converter already chose it).</summary>
internal sealed class TypstNoConvertRenderer : MarkdownObjectRenderer<TypstRenderer, NoConvertInline>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, NoConvertInline span) => renderer.WriteText(span.Display);
}
