using System.Text.RegularExpressions;
using Markdig.Extensions.Figures;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Yearbook.Content;

/// <summary>
/// Numbers a chapter's figures and tables as yearbooks print them (图1, 表1), counting each from 1 in
/// every chapter. An image standing alone in a paragraph becomes a figure whose caption (图注) is its
/// title, or its alt text, with the credit written after <c>|</c> in the title
/// (<c>![夜景](night.jpg "城区夜景|区委宣传部 供图")</c>). A table's title line, the paragraph just
/// before it that opens with 表 and a number (<c>表1 主要经济指标（单位：万元）</c>), becomes its caption;
/// the number written is replaced by the table's place in the chapter. Ids are <c>figure-N</c> and
/// <c>table-N</c>, the same in both editions.
/// </summary>
internal static partial class FigureNumbering
{
    /// <summary>A numbered figure or table.</summary>
    /// <param name="Id">Its id, <c>figure-N</c> or <c>table-N</c>.</param>
    /// <param name="Caption">Its caption, label included; converted with the rest of the tree.</param>
    /// <param name="Titled">Whether the editor gave it a title (a titled table is listed in the chapter's contents).</param>
    public sealed record Numbered(string Id, FigureCaption Caption, bool Titled);

    /// <summary>Wraps the figures and tables of <paramref name="document"/>, written in <paramref name="script"/>, with their numbered captions.</summary>
    public static IReadOnlyList<Numbered> Number(MarkdownDocument document, Script script)
    {
        var numbered = new List<Numbered>();
        int figures = 0, tables = 0;
        for (var i = 0; i < document.Count; i++)
        {
            switch (document[i])
            {
                case ParagraphBlock paragraph when LoneImage(paragraph) is { } image:
                    numbered.Add(WrapImage(document, i, paragraph, image, ++figures, script));
                    break;
                case Table table:
                    var title = i > 0 && document[i - 1] is ParagraphBlock before && TableTitle(before) is { } t ? t : null;
                    if (title is not null)
                    {
                        i--;
                        document.RemoveAt(i);
                    }

                    numbered.Add(WrapTable(document, i, table, title, ++tables, script));
                    break;
            }
        }

        return numbered;
    }

    private static Numbered WrapImage(MarkdownDocument document, int index, ParagraphBlock paragraph, LinkInline image, int n, Script script)
    {
        var (caption, credit) = (image.Title ?? "") switch
        {
            var t when t.IndexOf('|') is var bar and >= 0 => (t[..bar].Trim(), t[(bar + 1)..].Trim()),
            { Length: > 0 } t => (t.Trim(), ""),
            _ => (AltText(image), ""),
        };
        image.Title = null; // shown as the caption, converted; a title attribute would not be

        var figcaption = new FigureCaption(null!) { Inline = new ContainerInline() };
        figcaption.Inline.AppendChild(new LiteralInline(Label("图", "圖", n, script) + (caption.Length > 0 ? " " + caption : "")));
        if (credit.Length > 0)
        {
            var span = new EmphasisInline { DelimiterChar = '*', DelimiterCount = 1 };
            span.GetAttributes().AddClass("credit");
            span.AppendChild(new LiteralInline(credit));
            figcaption.Inline.AppendChild(new LiteralInline(" "));
            figcaption.Inline.AppendChild(span);
        }

        var figure = Wrap(document, index, paragraph, $"figure-{n}", "figure");
        figure.Add(figcaption);
        return new($"figure-{n}", figcaption, caption.Length > 0);
    }

    private static Numbered WrapTable(MarkdownDocument document, int index, Table table, ContainerInline? title, int n, Script script)
    {
        var figcaption = new FigureCaption(null!) { Inline = title ?? new ContainerInline() };
        var label = new LiteralInline(Label("表", "表", n, script) + (title is null ? "" : " "));
        if (figcaption.Inline.FirstChild is { } first)
        {
            first.InsertBefore(label);
        }
        else
        {
            figcaption.Inline.AppendChild(label);
        }

        var figure = Wrap(document, index, table, $"table-{n}", "table-figure");
        figure.Insert(0, figcaption);
        return new($"table-{n}", figcaption, title is not null);
    }

    private static Figure Wrap(MarkdownDocument document, int index, Block block, string id, string kind)
    {
        document.RemoveAt(index);
        var figure = new Figure(null!);
        figure.GetAttributes().Id = id;
        figure.GetAttributes().AddClass(kind);
        figure.Add(block);
        document.Insert(index, figure);
        return figure;
    }

    private static string Label(string hans, string hant, int n, Script script) =>
        (script == Script.Hant ? hant : hans) + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The image of a paragraph that holds nothing else (spaces and line breaks aside).</summary>
    private static LinkInline? LoneImage(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        foreach (var inline in paragraph.Inline ?? [])
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } link when image is null: image = link; break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace(): break;
                case LineBreakInline: break;
                default: return null;
            }
        }

        return image;
    }

    /// <summary>The inlines of a table title line with its written label (表1, 表 1) taken off, or null when the paragraph is none.</summary>
    private static ContainerInline? TableTitle(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not LiteralInline first || TitleLabel().Match(first.Content.ToString()) is not { Success: true } label)
        {
            return null;
        }

        var rest = first.Content.ToString()[label.Length..];
        if (rest.Length > 0)
        {
            first.Content = new Markdig.Helpers.StringSlice(rest);
            first.Span = new SourceSpan(first.Span.Start + label.Length, first.Span.End);
        }
        else
        {
            first.Remove();
        }

        var inline = paragraph.Inline;
        paragraph.Inline = null;
        return inline;
    }

    private static string AltText(LinkInline image) =>
        string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();

    /// <summary>表 (or 表 in Traditional, the same character) and a number, then a space or the title itself.</summary>
    [GeneratedRegex(@"^表\s*[0-9０-９]+[\s\u3000]*(?=\S)")]
    private static partial Regex TitleLabel();
}
