using BenchmarkDotNet.Attributes;
using Markdig.Syntax;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Model;
using Yearbook.Rendering;
using Yearbook.Rendering.Pages;

namespace Yearbook.Benchmarks;

/// <summary>
/// The build's hot stages for one chapter, in pipeline order: reading the front matter, parsing the
/// Markdown, converting the chapter into the Traditional edition, rendering its body, and rendering its
/// page through the theme. Run for a short chapter (about 1,000 characters) and a long one (about 2,800).
/// </summary>
[MemoryDiagnoser]
public class ChapterStages
{
    private SampleChapters _sample = null!;
    private Chapter _chapter = null!;
    private string _fileText = null!;
    private ChapterReader _reader = null!;
    private ChapterMarkdown _markdown = null!;
    private ChapterConverter _chapterConverter = null!;
    private EditionConverter _toTraditional = null!;
    private ParsedChapter _parsed = null!;
    private MarkdownHtml _html = null!;
    private MarkdownDocument _convertedBody = null!;
    private EditionChapter _converted = null!;
    private string _bodyHtml = null!;
    private Theme _theme = null!;
    private TableOfContents _contents = null!;
    private EditionContext _context = null!;
    private SiteUrls _urls = null!;

    /// <summary>The length of the chapter's body in characters (the nearest in the sample).</summary>
    [Params(1000, 2800)]
    public int BodyCharacters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _sample = SampleChapters.Create();
        var site = _sample.Site;
        _chapter = _sample.Nearest(BodyCharacters);
        _fileText = _sample.FileText(_chapter);
        _markdown = new ChapterMarkdown(site.Config.RawHtml);
        _reader = new ChapterReader(site.Config.DefaultScript, site.Config.District, _markdown, new DiagnosticBag());
        var converter = _toTraditional = new EditionConverter(Edition.Hant, site.Config, site.Glossary);
        _chapterConverter = new ChapterConverter(_markdown);
        _html = new MarkdownHtml(_markdown.Pipeline);
        var all = site.Chapters.ToDictionary(c => c, c => _chapterConverter.Convert(c, converter, _html.Render));
        _converted = all[_chapter];
        _parsed = _chapterConverter.Parse(_chapter);
        _convertedBody = _parsed.RewriteFor(converter);
        _bodyHtml = _converted.BodyHtml;
        _theme = Theme.Load(site.Root, site.Config.Theme, new DiagnosticBag()) ?? throw new InvalidOperationException("the theme did not load");
        _urls = new SiteUrls(site.Config);
        _contents = new TableOfContents(site, converter, all);
        _context = new EditionContext(site.Config, _theme.UiStrings, converter, _urls, 2025);
    }

    [GlobalCleanup]
    public void Cleanup() => _sample.Dispose();

    [Benchmark(Description = "front matter parse")]
    public object? FrontMatterParse() => _reader.Parse(_fileText, _chapter.Path, _chapter.VolumeSlug, _chapter.CategorySlug, _chapter.Slug, 1);

    [Benchmark(Description = "Markdown parse")]
    public MarkdownDocument MarkdownParse() => _markdown.Parse(_chapter.Body);

    [Benchmark(Description = "conversion (hans→hant: text nodes and front matter)")]
    public object ChapterConversion() => _chapterConverter.Convert(_parsed, _toTraditional, _ => "");

    [Benchmark(Description = "Markdown render")]
    public string MarkdownRender() => _html.Render(_convertedBody);

    [Benchmark(Description = "template render (chapter page)")]
    public int TemplateRender()
    {
        var page = ChapterPage.Build(_converted, _bodyHtml, _contents, _context, _urls, tag => _urls.Page(Edition.Hant, "subjects/#" + tag));
        var data = _context.For(page);
        // Into one reused buffer, as the build renders each page into its thread's buffer.
        var text = _page.GetStringBuilder().Clear();
        _theme.RenderPage(page.Kind, data, _page);
        return text.Length;
    }

    private readonly StringWriter _page = new(System.Globalization.CultureInfo.InvariantCulture);
}
