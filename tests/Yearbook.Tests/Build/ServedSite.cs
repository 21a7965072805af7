using System.Text;
using Yearbook.Build;
using Yearbook.SyntheticSite.Output;
using Yearbook.SyntheticSite.Planning;

namespace Yearbook.Tests.Build;

/// <summary>
/// A site in a temp folder as <c>yearbook serve</c> serves it: a <see cref="SiteSession"/> that built it once and
/// applies the edits a test makes to it, and the folder it serves, which tests read, snapshot and compare byte for
/// byte with what a fresh full build of the edited site writes.
/// </summary>
internal sealed class ServedSite : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "yearbook-served-" + Guid.NewGuid().ToString("N"));
    private readonly BuildOptions _options;

    /// <summary>
    /// Writes the site with <paramref name="write"/> (given the site folder) and builds it. Drafts are built unless
    /// <paramref name="includeDrafts"/> is false; <paramref name="lint"/> false leaves out the script lint, which adds
    /// warnings only, never output.
    /// </summary>
    public ServedSite(Action<string> write, bool includeDrafts = true, bool lint = true)
    {
        Site = Path.Combine(_root, "site");
        Output = Path.Combine(_root, "out");
        _options = new BuildOptions { SiteFolder = Site, OutputFolder = Output, IncludeDrafts = includeDrafts, Lint = lint, PublishWithErrors = false };
        Session = new SiteSession(_options);
        try
        {
            write(Site);
            var result = Session.Build();
            Assert.True(result.Published, $"{result.PageCount} pages; " + Format(result.Diagnostics));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The site folder.</summary>
    public string Site { get; }

    /// <summary>The served folder the session writes.</summary>
    public string Output { get; }

    /// <summary>The session that serves the site.</summary>
    public SiteSession Session { get; }

    /// <summary>The synthetic yearbook of <paramref name="chapters"/> chapters planned from <paramref name="seed"/>, with the default theme.</summary>
    public static ServedSite Synthetic(int chapters, int seed, bool includeDrafts = true, bool lint = true) =>
        new(site => new YearbookSiteWriter(YearbookPlan.Create(chapters, seed), Path.Combine(RepositoryPaths.Themes, "default")).WriteTo(site), includeDrafts, lint);

    /// <summary>For <c>var (site, session, output) = served;</c>.</summary>
    public void Deconstruct(out string site, out SiteSession session, out string output) => (site, session, output) = (Site, Session, Output);

    /// <summary>Every file of the served folder, by its path relative to it (with <c>/</c>), with its bytes.</summary>
    public Dictionary<string, byte[]> Snapshot() => Read(Output);

    /// <summary>The files written, added or removed since <paramref name="before"/> was taken, in ordinal order.</summary>
    public List<string> Changed(Dictionary<string, byte[]> before)
    {
        var after = Snapshot();
        return after.Keys.Where(f => !before.TryGetValue(f, out var old) || !old.AsSpan().SequenceEqual(after[f]))
            .Concat(before.Keys.Where(f => !after.ContainsKey(f)))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Builds the site as it is now into a new folder with <see cref="SiteBuilder"/> and fails unless the served folder
    /// holds the same files with the same bytes, naming the first files that differ and how.
    /// </summary>
    public void AssertSameAsFullBuild()
    {
        var fresh = Path.Combine(_root, "fresh");
        if (Directory.Exists(fresh))
        {
            Directory.Delete(fresh, recursive: true);
        }

        var result = new SiteBuilder(_options with { OutputFolder = fresh }).Build();
        Assert.True(result.Published, "the full build did not publish: " + Format(result.Diagnostics));
        var full = Read(fresh);
        var served = Snapshot();
        var differences = full.Keys.Union(served.Keys).Order(StringComparer.Ordinal)
            .Select(f => !served.TryGetValue(f, out var bytes) ? $"{f}: not served (a full build writes it)"
                : !full.TryGetValue(f, out var expected) ? $"{f}: served, but a full build does not write it"
                : Difference(f, expected, bytes))
            .OfType<string>().ToList();
        Assert.True(differences.Count == 0,
            $"the served folder differs from a full build in {differences.Count} of {full.Count} files:\n" + string.Join("\n", differences.Take(10))
            + (differences.Count > 10 ? $"\n(and {differences.Count - 10} more)" : ""));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Null when the bytes are the same; else where they first differ, with a little text from each side.</summary>
    private static string? Difference(string file, byte[] full, byte[] served)
    {
        var at = full.AsSpan().CommonPrefixLength(served);
        if (at == full.Length && at == served.Length)
        {
            return null;
        }

        string Around(byte[] bytes)
        {
            // From 20 bytes before to 40 after, widened to whole UTF-8 characters.
            int start = Math.Max(0, at - 20), end = Math.Min(bytes.Length, at + 40);
            while (start > 0 && (bytes[start] & 0xC0) == 0x80)
            {
                start--;
            }

            while (end < bytes.Length && (bytes[end] & 0xC0) == 0x80)
            {
                end++;
            }

            return Encoding.UTF8.GetString(bytes, start, end - start).ReplaceLineEndings("⏎");
        }

        return $"{file}: differs from a full build at byte {at} of {full.Length}: full build «{Around(full)}», served «{Around(served)}»";
    }

    private static Dictionary<string, byte[]> Read(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private string Format(IEnumerable<Diagnostics.Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.Format(Site)));
}
