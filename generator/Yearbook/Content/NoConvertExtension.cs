using Markdig;
using Markdig.Renderers;

namespace Yearbook.Content;

/// <summary>Wires the no-convert markup into a Markdig pipeline: the one place that adds it.</summary>
internal sealed class NoConvertExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<NoConvertInlineParser>())
        {
            // Before the literal parser, so that "-{" is seen before '-' becomes plain text.
            pipeline.InlineParsers.Insert(0, new NoConvertInlineParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlNoConvertRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlNoConvertRenderer());
        }
    }
}
