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
        // Wrapped in the builder, before the one string is made: replacing in the string copied the whole body twice.
        return writer.GetStringBuilder()
            .Replace("<table>", "<div class=\"table-scroll\" tabindex=\"0\"><table>")
            .Replace("</table>", "</table></div>")
            .ToString();
    }

    /// <summary>Parses and renders a short Markdown text such as a volume preface.</summary>
    public string Render(string markdown) => Render(Markdown.Parse(markdown, _pipeline));
}
