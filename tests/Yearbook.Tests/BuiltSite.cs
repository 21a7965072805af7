using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Yearbook.Tests;

/// <summary>A site built once into a temporary folder, with helpers to read its pages.</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly string _temp;

    private BuiltSite(string temp, string output, BuildResult result)
    {
        _temp = temp;
        Output = output;
        Result = result;
    }

    /// <summary>The output folder.</summary>
    public string Output { get; }

    /// <summary>The build's result.</summary>
    public BuildResult Result { get; }

    /// <summary>The repository's root folder.</summary>
    public static string RepositoryRoot([CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));

    /// <summary>Builds the site in <paramref name="siteFolder"/> with the repository's themes.</summary>
    public static BuiltSite Build(string siteFolder)
    {
        var temp = Directory.CreateTempSubdirectory("yearbook-tests-").FullName;
        var site = Path.Combine(temp, "site");
        CopyFolder(siteFolder, site);
        Directory.CreateSymbolicLink(Path.Combine(temp, "themes"), Path.Combine(RepositoryRoot(), "themes"));
        var output = Path.Combine(temp, "_site");
        var result = new SiteBuilder(new BuildOptions { SiteFolder = site, OutputFolder = output }).Build();
        return new BuiltSite(temp, output, result);
    }

    /// <summary>The test fixture site.</summary>
    public static string FixtureFolder => Path.Combine(RepositoryRoot(), "tests", "Yearbook.Tests", "Fixtures", "site");

    /// <summary>The sample yearbook.</summary>
    public static string SampleFolder => Path.Combine(RepositoryRoot(), "content");

    /// <summary>Parses the page at a site address such as <c>/zh-hans/honors/</c>.</summary>
    public IDocument Page(string url)
    {
        var relative = Uri.UnescapeDataString(url.Split('#')[0]).TrimStart('/');
        var file = Path.Combine(Output, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative);
        return new HtmlParser().ParseDocument(File.ReadAllText(file));
    }

    /// <summary>The bytes of an output file.</summary>
    public byte[] Bytes(string relative) => File.ReadAllBytes(Path.Combine(Output, relative));

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

/// <summary>The fixture site, built once for a test class.</summary>
public sealed class FixtureSite : IDisposable
{
    /// <summary>The built site.</summary>
    public BuiltSite Site { get; } = BuiltSite.Build(BuiltSite.FixtureFolder);

    /// <inheritdoc />
    public void Dispose() => Site.Dispose();
}

/// <summary>The sample yearbook, built once for a test class.</summary>
public sealed class SampleSite : IDisposable
{
    /// <summary>The built site.</summary>
    public BuiltSite Site { get; } = BuiltSite.Build(BuiltSite.SampleFolder);

    /// <inheritdoc />
    public void Dispose() => Site.Dispose();
}
