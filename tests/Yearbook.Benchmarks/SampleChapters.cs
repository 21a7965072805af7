using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.SyntheticSite.Output;
using Yearbook.SyntheticSite.Planning;

namespace Yearbook.Benchmarks;

/// <summary>
/// A small synthetic yearbook written once to a temporary folder and loaded, so the benchmarks run on
/// the chapters the build benchmark uses, picked by body length.
/// </summary>
internal sealed class SampleChapters : IDisposable
{
    private SampleChapters(string folder, Site site)
    {
        Folder = folder;
        Site = site;
    }

    /// <summary>The site folder.</summary>
    public string Folder { get; }

    /// <summary>The loaded site.</summary>
    public Site Site { get; }

    /// <summary>Writes and loads a synthetic yearbook of 200 chapters (seed 1).</summary>
    public static SampleChapters Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"yearbook-bench-{Environment.ProcessId}-{Guid.NewGuid():N}");
        new YearbookSiteWriter(YearbookPlan.Create(200, 1), RepositoryTheme()).WriteTo(folder);
        var diagnostics = new DiagnosticBag();
        var site = new SiteLoader(diagnostics).Load(folder)
            ?? throw new InvalidOperationException("the synthetic site did not load: " + string.Join("\n", diagnostics.Sorted.Select(d => d.Format(folder))));
        return new SampleChapters(folder, site);
    }

    /// <summary>The Simplified chapter whose body length is nearest <paramref name="characters"/>.</summary>
    public Chapter Nearest(int characters) =>
        Site.Chapters.Where(c => c.FrontMatter.Script == Script.Hans).MinBy(c => Math.Abs(c.Body.Length - characters))!;

    /// <summary>The chapter's file text, front matter included.</summary>
    public string FileText(Chapter chapter) => File.ReadAllText(Path.Combine(Folder, chapter.Path)).ReplaceLineEndings("\n");

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static string RepositoryTheme()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Yearbook.sln")))
            {
                return Path.Combine(folder.FullName, "themes", "default");
            }
        }

        throw new InvalidOperationException("run the benchmarks from the repository (themes/default not found above " + AppContext.BaseDirectory + ")");
    }
}
