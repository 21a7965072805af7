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

    /// <summary>Runs <c>yearbook <paramref name="arguments"/></c> to its end: the exit code, standard output and standard error.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] arguments) => Finish(Start(arguments));

    /// <summary>
    /// Runs <c>yearbook</c> as the unprivileged user <c>nobody</c> (through <c>setpriv</c>), for tests of
    /// permissions, which root ignores; null when this process is not root or cannot switch user.
    /// </summary>
    public static (int ExitCode, string Output, string Error)? RunAsNobody(params string[] arguments)
    {
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/setpriv"))
        {
            return null;
        }

        var start = new ProcessStartInfo("/usr/bin/setpriv") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.Combine(AppContext.BaseDirectory, "Yearbook.Cli.dll"), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        // dotnet wants a home it may write; nobody's is not.
        start.Environment["HOME"] = Path.GetTempPath();
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        return Finish(Process.Start(start)!);
    }

    private static (int ExitCode, string Output, string Error) Finish(Process process)
    {
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error.Result);
        }
    }
}
