using Yearbook.Diagnostics;

namespace Yearbook.Cli.Preview;

/// <summary>
/// The errors and warnings of the site as it stands, for the preview's overlay. A full build reports
/// them all; an incremental update reports only those of the chapters it read again, so the rest are
/// kept from before: a warning in one chapter must not vanish because another was edited.
/// </summary>
public sealed class SiteProblems
{
    private List<Diagnostic> _current = [];

    /// <summary>The problems, in the build's order (by place, then code).</summary>
    public IReadOnlyList<Diagnostic> Current => _current;

    /// <summary>A full build's <paramref name="diagnostics"/> replace everything known.</summary>
    public void Replace(IEnumerable<Diagnostic> diagnostics) => _current = Sort(diagnostics);

    /// <summary>
    /// An update that read the chapters at <paramref name="read"/> (paths relative to the site folder)
    /// again: their old problems go, and its <paramref name="diagnostics"/> are added. Problems an update
    /// finds elsewhere (a template it rendered) are added unless already known.
    /// </summary>
    public void Update(IReadOnlyCollection<string> read, IEnumerable<Diagnostic> diagnostics)
    {
        var readAgain = read.ToHashSet(StringComparer.Ordinal);
        _current = Sort(_current.Where(d => !readAgain.Contains(d.Location.Path)).Concat(diagnostics).Distinct());
    }

    private static List<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
