using Markdig;
using Markdig.Syntax;

namespace Yearbook.Rendering;

/// <summary>Renders a converted Markdown tree to HTML, with tables wrapped so they scroll inside their box on phones.</summary>
internal sealed class MarkdownHtml
{
    private readonly MarkdownPipeline _pipeline;

    /// <summary>Creates the renderer for the chapters' Markdown dialect.</summary>
    public MarkdownHtml(MarkdownPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Renders <paramref name="document"/>.</summary>
    public string Render(MarkdownDocument document)
    {
        // The pipeline lends a renderer set up once, and each thread keeps its text buffer: a renderer
        // built and set up for each of twenty thousand bodies cost more than some of them took to render.
        var writer = s_writer ??= new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var text = writer.GetStringBuilder().Clear();
        Markdown.ToHtml(document, writer, _pipeline);
        // Wrapped in the builder, before the one string is made: replacing in the string copied the whole body twice.
        var html = text
            .Replace("<table>", "<div class=\"table-scroll\" tabindex=\"0\"><table>")
            .Replace("</table>", "</table></div>")
            .ToString();
        if (text.Capacity > 1 << 20)
        {
            s_writer = null; // an unusually long body leaves no large buffer behind
        }

        return html;
    }

    [ThreadStatic]
    private static StringWriter? s_writer;

    /// <summary>Parses and renders a short Markdown text such as a volume preface.</summary>
    public string Render(string markdown) => Render(Markdown.Parse(markdown, _pipeline));
}
