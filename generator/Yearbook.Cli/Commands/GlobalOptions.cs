using System.CommandLine;

namespace Yearbook.Cli.Commands;

/// <summary>Options every command accepts.</summary>
public static class GlobalOptions
{
    /// <summary><c>--verbose</c>: more detail from any command, and the full trace of an internal error.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print more: every build stage as it finishes, the timings of each preview rebuild, and the full details of an internal error.",
        Recursive = true,
    };
}
