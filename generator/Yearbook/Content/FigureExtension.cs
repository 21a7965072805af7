using Markdig;
using Markdig.Extensions.Figures;
using Markdig.Renderers;

namespace Yearbook.Content;

/// <summary>
/// Renders the figures <see cref="FigureNumbering"/> makes with Markdig's own figure renderers. Only the
/// renderers: the <c>^^^</c> figure syntax of Markdig's figure extension is not part of the dialect.
/// </summary>
internal sealed class FigureExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlFigureRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlFigureRenderer());
            html.ObjectRenderers.Add(new HtmlFigureCaptionRenderer());
        }
    }
}
