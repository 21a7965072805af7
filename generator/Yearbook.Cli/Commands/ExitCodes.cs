using Yearbook.Diagnostics;

namespace Yearbook.Cli.Commands;

/// <summary>The exit codes of every command (the README's table): what a script or CI can tell apart.</summary>
public static class ExitCodes
{
    /// <summary>Done, with no errors.</summary>
    public const int Success = 0;

    /// <summary>Errors in the content (or warnings under <c>--warnaserror</c>), or a wrong command line.</summary>
    public const int ContentErrors = 1;

    /// <summary>The site could not be read or the output could not be written: missing or unreadable folder, full disk, read-only file system.</summary>
    public const int Environment = 2;

    /// <summary>A bug in the generator: an unexpected exception.</summary>
    public const int InternalError = 3;

    private static readonly IReadOnlySet<string> EnvironmentCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        DiagnosticCodes.SiteUnreadable,
        DiagnosticCodes.OutputNotWritable,
    };

    /// <summary>The exit code of a build or check that gave <paramref name="result"/>.</summary>
    public static int For(BuildResult result, bool warningsAreErrors = false) =>
        result.Diagnostics.Any(d => d.Severity == Severity.Error && EnvironmentCodes.Contains(d.Code)) ? Environment
        : result.ErrorCount > 0 || (warningsAreErrors && result.WarningCount > 0) ? ContentErrors
        : Success;
}
