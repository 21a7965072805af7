using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Yearbook.Rendering;

/// <summary>Renders a converted Markdown tree to HTML, with tables wrapped so they scroll inside their box on phones.</summary>
public sealed class MarkdownHtml
{
    private readonly MarkdownPipeline _pipeline;

    /// <summary>Creates the renderer for the chapters' Markdown dialect.</summary>
    public MarkdownHtml(MarkdownPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Renders <paramref name="document"/>.</summary>
    public string Render(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var html = writer.ToString();
        return html.Contains("<table>", StringComparison.Ordinal)
            ? html.Replace("<table>", "<div class=\"table-scroll\" tabindex=\"0\"><table>", StringComparison.Ordinal)
                  .Replace("</table>", "</table></div>", StringComparison.Ordinal)
            : html;
    }

    /// <summary>Parses and renders a short Markdown text such as a volume preface.</summary>
    public string Render(string markdown) => Render(Markdown.Parse(markdown, _pipeline));
}
