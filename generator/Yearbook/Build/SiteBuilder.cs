namespace Yearbook.Build;

/// <summary>
/// Builds the whole site: the pipeline (<see cref="SitePipeline"/>) run with nothing kept, writing to a
/// staging folder that replaces the output only when everything was written. A chapter with errors is
/// left out and reported; a broken theme or a failed write leaves the previous site in place.
/// </summary>
public sealed class SiteBuilder
{
    private readonly BuildOptions _options;

    /// <summary>Creates a builder for <paramref name="options"/>.</summary>
    public SiteBuilder(BuildOptions options) => _options = options;

    /// <summary>Runs the build.</summary>
    public BuildResult Build() => new SitePipeline(_options, keep: false).BuildAll();
}
