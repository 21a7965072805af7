using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.Json;

namespace Yearbook.Print;

/// <summary>One book for the typesetter: its main file in the workspace and where its PDF goes.</summary>
/// <param name="Main">The main Typst file, an absolute path inside the workspace (mapped, not written).</param>
/// <param name="Pdf">The PDF file to write.</param>
internal sealed record TypesetJob(string Main, string Pdf);

/// <summary>What the typesetter made of one book: its page count and chapter pages, or its errors.</summary>
/// <param name="Pdf">The PDF file.</param>
/// <param name="Pages">The number of pages.</param>
/// <param name="Chapters">Each chapter's path with its page in the PDF and the number printed on it.</param>
/// <param name="Errors">Typst's errors; the PDF was not written when there are any.</param>
/// <param name="Milliseconds">How long Typst took to lay the book out and write its PDF.</param>
/// <param name="CpuMilliseconds">The processor time it used for that, on all its threads.</param>
internal sealed record TypesetBook(string Pdf, int Pages, IReadOnlyList<(string Chapter, int Page, int Printed)> Chapters, IReadOnlyList<string> Errors, long Milliseconds = 0, long CpuMilliseconds = 0)
{
    /// <summary>Each entry's chapter path and id with its page in the PDF and the number printed on it.</summary>
    public IReadOnlyList<(string Chapter, string Entry, int Page, int Printed)> Entries { get; init; } = [];
}

/// <summary>The typesetter cannot run: Node.js, the Typst package or the fonts are missing, or its install failed; the message says what to do.</summary>
/// <param name="message">What is missing and how to install it.</param>
/// <param name="install">Whether installing the Typst package on first use failed (npm missing, or <c>npm ci</c> failed).</param>
internal sealed class TypesetterMissingException(string message, bool install = false) : Exception(message)
{
    /// <summary>The diagnostic code: YB0604 when the install failed, YB0601 otherwise.</summary>
    public string Code { get; } = install ? Diagnostics.DiagnosticCodes.TypesetterInstallFailed : Diagnostics.DiagnosticCodes.TypesetterMissing;
}

/// <summary>
/// Runs Typst 0.14 through the typst-ts node compiler (pinned in <c>Print/Typesetter/package-lock.json</c>, installed on
/// first use by <see cref="TypesetterInstall"/>) with <c>typeset.cjs</c> from beside the program: one Node process sets
/// every book of a run, so the fonts load once.
/// </summary>
internal sealed class Typesetter : IDisposable
{
    private readonly string _node;
    private readonly string _script;
    private readonly string _modules;
    private readonly IReadOnlyList<string> _fonts;
    private Process? _process;
    private Task<string>? _errors;

    private Typesetter(string node, string script, string modules, IReadOnlyList<string> fonts)
    {
        _node = node;
        _script = script;
        _modules = modules;
        _fonts = fonts;
    }

    /// <summary>
    /// Finds Node.js, the Noto CJK fonts and the pinned Typst package, installing the package with npm on first use
    /// (saying so through <paramref name="notice"/>), or says what is missing and how to install it.
    /// </summary>
    public static Typesetter Locate(Action<string>? notice = null) => Locate(TypesetterInstall.ProgramFiles, TypesetterInstall.CacheRoot, notice);

    /// <summary>As <see cref="Locate(Action{string}?)"/>, with the typesetter's files in <paramref name="files"/> and the cache under <paramref name="cacheRoot"/>.</summary>
    internal static Typesetter Locate(string files, string cacheRoot, Action<string>? notice)
    {
        var node = FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node")
            ?? throw new TypesetterMissingException("the typesetter needs Node.js, which is not installed (apt-get install nodejs npm, or https://nodejs.org), or not on the PATH");
        var script = Path.Combine(files, "typeset.cjs");
        if (!File.Exists(script))
        {
            throw new TypesetterMissingException($"the tool is incomplete: {script} is missing; reinstall it");
        }

        var fonts = Fonts();
        if (!fonts.Any(f => Path.GetFileName(f).StartsWith("NotoSerifCJK", StringComparison.OrdinalIgnoreCase)))
        {
            throw new TypesetterMissingException("the print fonts (Noto Serif CJK and Noto Sans CJK) are not installed: apt-get install fonts-noto-cjk");
        }

        var install = new TypesetterInstall(files, cacheRoot);
        if (!install.IsInstalled)
        {
            var npm = FindOnPath(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
                ?? throw new TypesetterMissingException("the typesetter (Typst) is installed on first use with npm, which is not installed or not on the PATH: install npm (apt-get install npm), then run the command again", install: true);
            install.Install(npm, notice);
        }

        return new Typesetter(node, script, install.Modules, fonts);
    }

    /// <summary>
    /// Starts Node.js with the typesetter for the workspace <paramref name="root"/>: it loads Typst and the fonts of
    /// <paramref name="editions"/> while the books' sources are written, which <see cref="Run"/> then sends it.
    /// </summary>
    public void Start(string root, IEnumerable<Editions.Edition> editions)
    {
        var start = new ProcessStartInfo(_node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        // The faces the theme sets each edition in (print/book.typ), loaded ahead: the first use of a face costs about a third of a second.
        var warm = editions.SelectMany(e => e == Editions.Edition.Hant ? (string[])["Noto Serif CJK TC", "Noto Sans CJK TC"] : ["Noto Serif CJK SC", "Noto Sans CJK SC"]);
        var setup = new JsonObject { ["root"] = root, ["fonts"] = new JsonArray([.. _fonts.Select(f => (JsonNode)f)]), ["warm"] = new JsonArray([.. warm.Select(f => (JsonNode)f)]) };
        start.ArgumentList.Add(_script);
        start.ArgumentList.Add(_modules);
        start.ArgumentList.Add(setup.ToJsonString());
        try
        {
            _process = Process.Start(start) ?? throw new System.ComponentModel.Win32Exception("not started");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new TypesetterMissingException($"Node.js ({_node}) could not be started: {ex.Message}; check that `node --version` runs");
        }

        _errors = _process.StandardError.ReadToEndAsync();
    }

    /// <summary>Sets <paramref name="jobs"/> in the workspace <paramref name="root"/>, where <paramref name="sources"/> are mapped (absolute path → text).</summary>
    public IReadOnlyList<TypesetBook> Run(string root, IReadOnlyDictionary<string, string> sources, IReadOnlyList<TypesetJob> jobs, long timestamp)
    {
        if (_process is null)
        {
            Start(root, Editions.Edition.All);
        }

        var process = _process!;
        var job = new JsonObject
        {
            ["sources"] = new JsonObject(sources.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))),
            ["timestamp"] = timestamp,
            ["books"] = new JsonArray([.. jobs.Select(j => (JsonNode)new JsonObject { ["main"] = j.Main, ["pdf"] = j.Pdf })]),
        };
        try
        {
            process.StandardInput.Write(job.ToJsonString());
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // Node stopped before reading the job: said below, with what it printed.
        }

        var books = new List<TypesetBook>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] == '{')
            {
                books.Add(Read(JsonNode.Parse(line)!));
            }
        }

        process.WaitForExit();
        if (books.Count < jobs.Count)
        {
            var reason = _errors!.Result.Trim();
            throw new TypesetterMissingException($"the typesetter stopped (exit code {process.ExitCode}){(reason.Length > 0 ? ": " + reason.Split('\n')[0] : "")}; check that {_node} runs (`node --version`)");
        }

        return books;
    }

    /// <summary>Stops the typesetter if it was started and is still running (a print that failed before its books were sent).</summary>
    public void Dispose()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
            }

            process.Dispose();
        }
    }

    private TypesetBook Read(JsonNode line)
    {
        if (line["missing"] is { } missing)
        {
            throw new TypesetterMissingException($"the typesetter could not load Typst: {((string?)missing ?? "").Split('\n')[0]}; delete {Path.GetDirectoryName(_modules)} to have it installed again");
        }

        var pdf = (string)line["pdf"]!;
        if (line["errors"] is JsonArray errors)
        {
            return new TypesetBook(pdf, 0, [], [.. errors.Select(e => (string?)e?["message"] ?? "error")]);
        }

        // The map lists chapters, and entries (with "entry": their id) after their chapter.
        var map = (line["map"] as JsonArray ?? []).OfType<JsonNode>().ToList();
        var chapters = map.Where(c => c["entry"] is null).Select(c => ((string)c["slug"]!, (int)c["page"]!, (int)c["printed"]!)).ToList();
        var entries = map.Where(c => c["entry"] is not null).Select(c => ((string)c["slug"]!, (string)c["entry"]!, (int)c["page"]!, (int)c["printed"]!)).ToList();
        return new TypesetBook(pdf, (int)line["pages"]!, chapters, [], (long?)line["ms"] ?? 0, (long?)line["cpuMs"] ?? 0) { Entries = entries };
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    /// <summary>The Noto CJK font files (Debian's fonts-noto-cjk, or the same faces elsewhere): only these are loaded, which is fast.</summary>
    private static List<string> Fonts()
    {
        string[] folders =
        [
            "/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto-cjk", "/usr/share/fonts/google-noto-cjk", "/usr/share/fonts/opentype",
            "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local/share/fonts"),
            "/Library/Fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts"),
        ];
        return folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "Noto*CJK*", SearchOption.AllDirectories))
            .Where(f => Path.GetFileName(f) is var n && !n.Contains("Mono", StringComparison.Ordinal) && (n.StartsWith("NotoSerifCJK", StringComparison.OrdinalIgnoreCase) || n.StartsWith("NotoSansCJK", StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
