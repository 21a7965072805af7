using System.Diagnostics;

namespace Yearbook.Tests.Cli;

/// <summary>The <c>yearbook</c> command run as a process of its own (the build beside the tests), for tests that stop or kill it.</summary>
internal static class CliProcess
{
    /// <summary>Starts <c>yearbook <paramref name="arguments"/></c> with its output and errors redirected.</summary>
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Yearbook.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
