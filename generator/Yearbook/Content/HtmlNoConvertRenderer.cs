using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Yearbook.Content;

/// <summary>Renders a <see cref="NoConvertInline"/> as escaped text, without the markup.</summary>
internal sealed class HtmlNoConvertRenderer : HtmlObjectRenderer<NoConvertInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, NoConvertInline inline) => renderer.WriteEscape(inline.Display);
}
