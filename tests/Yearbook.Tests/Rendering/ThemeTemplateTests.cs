using Yearbook.Build;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Rendering;

/// <summary>
/// The Scriban theme's rules seen from a site: a misspelled field is a located error that `check`
/// reports without writing, and includes stay inside the theme's partials folder.
/// </summary>
public sealed class ThemeTemplateTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .Write("2025/economy/01-industry.md", "---\ntitle: 工业\n---\n正文。\n")
        .Write("2025/economy/02-trade.md", "---\ntitle: 商贸\n---\n正文。\n");

    public void Dispose() => _site.Dispose();

    private string Layout(string name) => Path.Combine(_site.Root, "themes/default/layouts", name + ".sbn-html");

    /// <summary>What `yearbook check` runs: everything a build validates, nothing written.</summary>
    private BuildResult Check() => new SiteBuilder(new BuildOptions { SiteFolder = _site.Content, WriteOutput = false, Lint = true }).Build();

    private void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelled_field_fails_check_at_its_file_line_and_column()
    {
        Replace(Layout("chapter"), "<h1 id=\"chapter-title\">{{ chapter.title }}</h1>", "<h1 id=\"chapter-title\">{{ chapter.titel }}</h1>");

        var result = Check();

        // Once, at the field in the layout, with the first page it failed on and how many more:
        // two chapters in two editions.
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "../themes/default/layouts/chapter.sbn-html(5,41): error YB0502: the template failed on /zh-hans/2025/economy/industry/ and 3 other pages: "
            + "no field 'titel' here (it has title, slug, category, date, source, authors, summary, tags, bodyHtml, bodyParts, toc, honors, stats, kind, kindLabel, document, page, print)",
            error.ToString());
        Assert.False(result.Published);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_misspelled_name_fails_check_where_it_is_written()
    {
        Replace(Path.Combine(_site.Root, "themes/default/partials/footer.sbn-html"), "{{ generator.year }}", "{{ generatr.year }}");

        var error = Assert.Single(Check().Diagnostics);

        Assert.Equal(DiagnosticCodes.RenderFailed, error.Code);
        Assert.Equal(new SourceLocation("../themes/default/partials/footer.sbn-html", 13, 82), error.Location);
        Assert.Contains("generatr", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../layouts/base")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/pager")]
    public void An_include_cannot_leave_the_partials_folder(string name)
    {
        Replace(Layout("notFound"), "<h1>", $"{{{{ include \"{name}\" }}}}<h1>");

        var error = Assert.Single(Check().Diagnostics);

        Assert.Equal(DiagnosticCodes.RenderFailed, error.Code);
        Assert.Equal("../themes/default/layouts/notFound.sbn-html", error.Location.Path);
        Assert.Contains("is not a partial name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_that_links_out_of_the_theme_is_refused_when_the_theme_loads()
    {
        var outside = Path.Combine(_site.Root, "secret.sbn-html");
        File.WriteAllText(outside, "secret");
        File.CreateSymbolicLink(Path.Combine(_site.Root, "themes/default/partials/secret.sbn-html"), outside);

        var error = Assert.Single(Check().Diagnostics);

        Assert.Equal(DiagnosticCodes.ThemeInvalid, error.Code);
        Assert.Equal("../themes/default/partials/secret.sbn-html", error.Location.Path);
        Assert.Contains("outside the theme", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_reported_at_its_line_when_the_theme_loads()
    {
        Replace(Layout("volume"), "{{ volume.title }}</h1>", "{{ volume.title + }}</h1>");

        var error = Assert.Single(Check().Diagnostics);

        Assert.Equal(DiagnosticCodes.ThemeInvalid, error.Code);
        Assert.Equal("../themes/default/layouts/volume.sbn-html", error.Location.Path);
        Assert.Equal(4, error.Location.Line);
    }
}
