namespace Yearbook.Diagnostics;

/// <summary>How serious a diagnostic is: errors fail the build, warnings do not.</summary>
public enum Severity
{
    /// <summary>Worth the editor's attention; the build still succeeds.</summary>
    Warning,

    /// <summary>The input is wrong; the build reports failure.</summary>
    Error,
}

/// <summary>A place in a source file: a path relative to the site folder and a 1-based line and column.</summary>
/// <param name="Path">Path relative to the site folder, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0)
{
    /// <summary>
    /// Formats the location the way compilers do: <c>path(line,col)</c>. An empty path is the site folder
    /// itself; an absolute one (the output folder) is printed as it is.
    /// </summary>
    public string Format(string? pathPrefix = null)
    {
        var path = string.IsNullOrEmpty(pathPrefix) || System.IO.Path.IsPathRooted(Path) ? Path
            : Path.Length == 0 ? pathPrefix.TrimEnd('/')
            : pathPrefix.TrimEnd('/') + "/" + Path;
        path = path.Length == 0 ? "." : path;
        return Line <= 0 ? path : Column <= 0 ? $"{path}({Line})" : $"{path}({Line},{Column})";
    }
}

/// <summary>One problem found in the input, with its place and a stable code (see the README's table).</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable code such as <c>YB0103</c>.</param>
/// <param name="Message">One sentence for the editor.</param>
/// <param name="Location">Where the problem is.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    /// <summary>
    /// Other places the message names (as <see cref="SourceLocation.Format"/> writes them), so that
    /// they too can be shown with the site folder's prefix.
    /// </summary>
    public IReadOnlyList<SourceLocation> Related { get; init; } = [];

    /// <summary>The canonical compiler form, e.g. <c>content/2024/01-overview.md(12,5): error YB0103: …</c>.</summary>
    public string Format(string? pathPrefix = null) =>
        $"{Location.Format(pathPrefix)}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {MessageWith(pathPrefix)}";

    /// <summary>The message with the places it names prefixed by <paramref name="pathPrefix"/>, as <see cref="Location"/> is.</summary>
    public string MessageWith(string? pathPrefix)
    {
        if (string.IsNullOrEmpty(pathPrefix) || Related.Count == 0)
        {
            return Message;
        }

        // One pass, longest first, so a place is never rewritten inside a longer one that holds it.
        var places = Related.Select(r => r.Format()).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).Select(System.Text.RegularExpressions.Regex.Escape);
        var prefix = pathPrefix.TrimEnd('/') + "/";
        return System.Text.RegularExpressions.Regex.Replace(Message, string.Join('|', places), m => prefix + m.Value);
    }

    /// <inheritdoc />
    public override string ToString() => Format();
}
