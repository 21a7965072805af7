using System.Diagnostics;
using System.Globalization;

namespace Yearbook.BrowserTests;

/// <summary>
/// <c>yearbook serve</c> run as the editor runs it, on a copy of the sample site (the theme beside it,
/// as in the repository) and a free port, so a test can edit the copy's files and watch the browser.
/// Stopped with SIGTERM, as Ctrl+C would, so it removes its preview folder.
/// </summary>
public sealed class PreviewProcess : IAsyncDisposable
{
    private readonly string _temp;
    private readonly Process _process;
    private readonly List<string> _output;
    private readonly Task _reading;

    private PreviewProcess(string temp, Process process, Uri address, List<string> output, Task reading)
    {
        _temp = temp;
        _process = process;
        Address = address;
        _output = output;
        _reading = reading;
    }

    /// <summary>The site folder being served; the test edits files in it.</summary>
    public string Site => Path.Combine(_temp, "site");

    /// <summary>The address of the preview's root.</summary>
    public Uri Address { get; }

    /// <summary>What the server printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join("\n", _output);
            }
        }
    }

    /// <summary>The absolute address of a site path such as <c>zh-hans/2025/</c>.</summary>
    public string Url(string relative) => new Uri(Address, relative).ToString();

    /// <summary>The full path of a file of the served site.</summary>
    public string File(string relative) => Path.Combine(Site, relative);

    /// <summary>
    /// Copies the sample site, lets <paramref name="prepare"/> change the copy (say, break a chapter),
    /// and starts <c>yearbook serve</c> on it; returns once the server says where it listens.
    /// </summary>
    public static async Task<PreviewProcess> StartAsync(Action<string>? prepare = null)
    {
        var temp = Directory.CreateTempSubdirectory("yearbook-serve-").FullName;
        var site = Path.Combine(temp, "site");
        CopyFolder(RepositoryPaths.SampleSite, site);
        Directory.CreateSymbolicLink(Path.Combine(temp, "themes"), Path.Combine(RepositoryPaths.Root, "themes"));
        prepare?.Invoke(site);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Yearbook.Cli.dll"), "serve", site, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var serving = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new List<string>();
        // Read to the end, always: a server whose output nobody reads blocks once the pipe is full.
        var reading = Task.Run(async () =>
        {
            var errors = process.StandardError.ReadToEndAsync();
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                lock (lines)
                {
                    lines.Add(line);
                }

                if (line.StartsWith("Serving ", StringComparison.Ordinal))
                {
                    serving.TrySetResult(new Uri(line.Split(' ')[1]));
                }
            }

            serving.TrySetException(new InvalidOperationException($"serve ended before serving: {string.Join("\n", lines)}\n{await errors}"));
        });
        return new PreviewProcess(temp, process, await serving.Task.WaitAsync(TimeSpan.FromMinutes(2)), lines, reading);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        await _reading;
        _process.Dispose();
        Directory.Delete(_temp, recursive: true);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            System.IO.File.Copy(file, destination);
        }
    }
}
