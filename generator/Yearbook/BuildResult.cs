using Yearbook.Diagnostics;

namespace Yearbook;

/// <summary>What a build did: its diagnostics and what it wrote.</summary>
/// <param name="Diagnostics">Every problem found, sorted.</param>
/// <param name="PageCount">The number of HTML pages rendered, both editions together.</param>
/// <param name="Published">Whether the output folder now holds this build's site.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, bool Published)
{
    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
