using Scriban.Runtime;

namespace Yearbook.Rendering;

/// <summary>
/// Scriban's output into the page's writer, one per context, reused from page to page. Scriban's own
/// TextWriterOutput copies every piece it writes (each run of template text, each escaped fragment) into
/// a new string first; this one writes the span.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    /// <summary>The page being written; null between pages.</summary>
    public TextWriter? Writer { get; set; }

    /// <inheritdoc />
    public void Write(string text, int offset, int count) => Page.Write(text.AsSpan(offset, count));

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    private TextWriter Page => Writer ?? throw new InvalidOperationException("no page is being rendered");
}
