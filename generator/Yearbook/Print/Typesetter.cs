using System.Diagnostics;
using System.Reflection;
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

/// <summary>The typesetter cannot run: Node.js, the Typst package or the fonts are missing; the message says how to install it.</summary>
internal sealed class TypesetterMissingException(string message) : Exception(message);

/// <summary>
/// Runs Typst 0.14 through the typst-ts node compiler (pinned in <c>Print/Typesetter/package-lock.json</c>)
/// with <c>typeset.cjs</c>: one Node process sets every book of a run, so the fonts load once.
/// </summary>
internal sealed class Typesetter
{
    /// <summary>The Typst package's folder under node_modules.</summary>
    private const string Package = "node_modules/@myriaddreamin/typst-ts-node-compiler";

    private readonly string _node;
    private readonly string _script;
    private readonly string _modules;
    private readonly IReadOnlyList<string> _fonts;

    private Typesetter(string node, string script, string modules, IReadOnlyList<string> fonts)
    {
        _node = node;
        _script = script;
        _modules = modules;
        _fonts = fonts;
    }

    /// <summary>The folders that may hold the typesetter: beside the program, then the source folder it was built from.</summary>
    public static IReadOnlyList<string> Folders { get; } =
    [
        Path.Combine(AppContext.BaseDirectory, "typesetter"),
        .. typeof(Typesetter).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key == "YearbookTypesetterSource" && a.Value is { Length: > 0 }).Select(a => a.Value!),
    ];

    /// <summary>Finds Node.js, the pinned Typst package and the Noto CJK fonts, or says what is missing and how to install it.</summary>
    public static Typesetter Locate()
    {
        var node = FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node")
            ?? throw new TypesetterMissingException("the typesetter needs Node.js, which is not installed (apt-get install nodejs npm)");
        var folder = Folders.FirstOrDefault(f => Directory.Exists(Path.Combine(f, Package)));
        if (folder is null)
        {
            var target = Folders.FirstOrDefault(f => File.Exists(Path.Combine(f, "package-lock.json"))) ?? Folders[0];
            throw new TypesetterMissingException($"the typesetter (Typst, npm package @myriaddreamin/typst-ts-node-compiler) is not installed: run `npm ci --prefix {target}` (tests/setup does it)");
        }

        var script = Folders.Select(f => Path.Combine(f, "typeset.cjs")).FirstOrDefault(File.Exists)
            ?? throw new TypesetterMissingException($"typeset.cjs is missing from {folder}; reinstall the tool");
        var fonts = Fonts();
        if (!fonts.Any(f => Path.GetFileName(f).StartsWith("NotoSerifCJK", StringComparison.OrdinalIgnoreCase)))
        {
            throw new TypesetterMissingException("the print fonts (Noto Serif CJK and Noto Sans CJK) are not installed: apt-get install fonts-noto-cjk");
        }

        return new Typesetter(node, script, Path.Combine(folder, "node_modules"), fonts);
    }

    /// <summary>Sets <paramref name="jobs"/> in the workspace <paramref name="root"/>, where <paramref name="sources"/> are mapped (absolute path → text).</summary>
    public IReadOnlyList<TypesetBook> Run(string root, IReadOnlyDictionary<string, string> sources, IReadOnlyList<TypesetJob> jobs, long timestamp)
    {
        var job = new JsonObject
        {
            ["root"] = root,
            ["fonts"] = new JsonArray([.. _fonts.Select(f => (JsonNode)f)]),
            ["sources"] = new JsonObject(sources.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))),
            ["timestamp"] = timestamp,
            ["books"] = new JsonArray([.. jobs.Select(j => (JsonNode)new JsonObject { ["main"] = j.Main, ["pdf"] = j.Pdf })]),
        };
        var start = new ProcessStartInfo(_node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(_script);
        start.ArgumentList.Add(_modules);
        using var process = Process.Start(start) ?? throw new TypesetterMissingException($"{_node} could not be started");
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(job.ToJsonString());
        process.StandardInput.Close();
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
            var reason = errors.Result.Trim();
            throw new TypesetterMissingException($"the typesetter stopped (exit code {process.ExitCode}){(reason.Length > 0 ? ": " + reason.Split('\n')[0] : "")}");
        }

        return books;
    }

    private static TypesetBook Read(JsonNode line)
    {
        if (line["missing"] is { } missing)
        {
            throw new TypesetterMissingException($"the typesetter could not load Typst: {missing}");
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
