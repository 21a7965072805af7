namespace Yearbook;

/// <summary>What to build and where: the inputs of <see cref="Build.SiteBuilder"/>.</summary>
public sealed record BuildOptions
{
    /// <summary>The site folder, the one that holds <c>yearbook.yml</c>.</summary>
    public required string SiteFolder { get; init; }

    /// <summary>The output folder; null means <c>_site/</c> beside the site folder.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>A base URL that replaces the site's (<c>--base-url</c>).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Whether draft chapters are published.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>When false, everything is validated and rendered but nothing is written (<c>yearbook check</c>).</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Whether to run the script lint as well (build, serve and check alike): mixed script, naive-converter traces, conversions at risk.</summary>
    public bool Lint { get; init; } = true;

    /// <summary>
    /// Whether a build with errors in some chapters still publishes the rest (the default: CI sees the
    /// non-zero exit code). The preview server turns it off so the last good site stays visible.
    /// </summary>
    public bool PublishWithErrors { get; init; } = true;

    /// <summary>Called with each chapter's full path between listing and reading it: the seam where a test removes the file (<see cref="Content.SiteLoader.BeforeChapterRead"/>).</summary>
    internal Action<string>? BeforeChapterRead { get; init; }

    /// <summary>Called with each page's kind and template context before it renders: the seam where a test reads what the theme is given.</summary>
    internal Action<string, IReadOnlyDictionary<string, object?>>? BeforePageRender { get; init; }

    /// <summary>Receives progress reports; called from several threads. Null for none.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>The output folder this build writes to.</summary>
    public string ResolvedOutputFolder =>
        Path.GetFullPath(OutputFolder ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(SiteFolder).TrimEnd(Path.DirectorySeparatorChar))!, "_site"));
}
