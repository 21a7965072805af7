using Markdig;
using Markdig.Syntax;

namespace Yearbook.Content;

/// <summary>
/// The Markdown dialect of chapters: CommonMark with pipe and grid tables, footnotes, autolinks,
/// strikethrough and the no-convert markup. Raw HTML is off unless the site turns it on, and there is
/// deliberately no generic-attributes extension: it would let a contributor add <c>onclick</c>.
/// </summary>
internal sealed class ChapterMarkdown
{
    private readonly MarkdownPipeline _pipeline;

    /// <summary>Creates the dialect; <paramref name="rawHtml"/> passes HTML blocks and inlines through.</summary>
    public ChapterMarkdown(bool rawHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseAutoLinks()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            .UseListExtras()
            .UsePreciseSourceLocation();
        builder.Extensions.AddIfNotAlready<NoConvertExtension>();
        builder.Extensions.AddIfNotAlready<FigureExtension>();
        if (!rawHtml)
        {
            builder.DisableHtml();
        }

        _pipeline = builder.Build();
    }

    /// <summary>The pipeline, for renderers.</summary>
    public MarkdownPipeline Pipeline => _pipeline;

    /// <summary>Parses a chapter body. Each edition parses its own copy, because conversion rewrites the tree.</summary>
    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, _pipeline);
}
