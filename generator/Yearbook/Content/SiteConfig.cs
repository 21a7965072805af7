using Yearbook.Diagnostics;

namespace Yearbook.Content;

/// <summary>How quotation marks appear in the Traditional edition.</summary>
internal enum QuoteStyle
{
    /// <summary>Keep “” and ‘’ as written.</summary>
    Keep,

    /// <summary>Use corner brackets 「」 and 『』 in zh-Hant, as Taiwan and Hong Kong print them.</summary>
    Corner,
}

/// <summary>How the Traditional edition orders its subject index (<c>subjects: { traditional_order: … }</c>).</summary>
internal enum TraditionalOrder
{
    /// <summary>The same pinyin order as the Simplified edition, sorted by the Simplified form.</summary>
    Pinyin,

    /// <summary>Stroke order (ICU zh-TW), as indexes in Taiwan and Hong Kong are ordered.</summary>
    Stroke,
}

/// <summary>The site settings from <c>yearbook.yml</c>, written in the site's default script.</summary>
internal sealed record SiteConfig
{
    /// <summary>The yearbook's title, e.g. 源汇区年鉴.</summary>
    public required string Title { get; init; }

    /// <summary>The district the yearbook documents, e.g. 漯河市源汇区.</summary>
    public string District { get; init; } = "";

    /// <summary>One sentence about the yearbook, for the home page and feeds.</summary>
    public string Description { get; init; } = "";

    /// <summary>The absolute address the site is published at, when known (for sitemap and feeds).</summary>
    public Uri? AbsoluteBase { get; init; }

    /// <summary>The path prefix of every link, always starting and ending with '/'.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The script chapters are written in unless they say otherwise.</summary>
    public Script DefaultScript { get; init; } = Script.Hans;

    /// <summary>The theme folder name under <c>themes/</c>.</summary>
    public string Theme { get; init; } = "default";

    /// <summary>The glossary file, relative to the site folder; null when the site has none.</summary>
    public string? GlossaryFile { get; init; }

    /// <summary>Quotation marks in the Traditional edition.</summary>
    public QuoteStyle Quotes { get; init; } = QuoteStyle.Keep;

    /// <summary>The OpenCC regional variant: <c>t</c> (OpenCC standard), <c>tw</c> or <c>hk</c>.</summary>
    public string Variant { get; init; } = "t";

    /// <summary>Whether raw HTML in Markdown is passed through. Off by default: contributors are not trusted.</summary>
    public bool RawHtml { get; init; }

    /// <summary>The order of the Traditional edition's subject index.</summary>
    public TraditionalOrder SubjectsTraditionalOrder { get; init; } = TraditionalOrder.Pinyin;

    /// <summary>Indicator codes the editor gives over the pinyin ones (<c>statistics: {codes: …}</c>).</summary>
    public IReadOnlyList<IndicatorCodeSetting> IndicatorCodes { get; init; } = [];

    /// <summary>The editor body, publisher, place and ISBN/ISSN of the series, for citations.</summary>
    public Publication Publication { get; init; } = Publication.None;

    /// <summary>The printed book's settings (<c>print:</c>); null when the site publishes no PDF.</summary>
    public PrintSettings? Print { get; init; }

    /// <summary>Where this configuration was read from.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Parses a base URL (<c>https://host/path/</c> or <c>/path/</c>) into an absolute base and a path prefix.</summary>
    public static (Uri? Absolute, string Path)? ParseBaseUrl(string value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            var path = absolute.AbsolutePath.TrimEnd('/') + "/";
            return (new Uri(absolute.GetLeftPart(UriPartial.Authority) + path), path);
        }

        if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.Contains(':'))
        {
            return (null, value.TrimEnd('/') + "/");
        }

        return null;
    }
}
