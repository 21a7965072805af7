using Yearbook.Diagnostics;

namespace Yearbook.Rendering;

/// <summary>A template that failed while rendering a page: where in the theme, and why.</summary>
internal sealed class TemplateFailure : Exception
{
    /// <summary>Creates the failure at <paramref name="location"/> in a theme file.</summary>
    public TemplateFailure(SourceLocation location, string reason, Exception? inner = null)
        : base($"{location.Path}({location.Line},{location.Column}): {reason}", inner)
    {
        Location = location;
        Reason = reason;
    }

    /// <summary>The theme file, line and column of the expression that failed.</summary>
    public SourceLocation Location { get; }

    /// <summary>What went wrong, without the location.</summary>
    public string Reason { get; }
}
