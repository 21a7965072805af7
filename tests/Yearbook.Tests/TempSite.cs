using Yearbook.Build;

namespace Yearbook.Tests;

/// <summary>
/// A throwaway site in a temp folder, laid out like the repository (<c>content/</c> beside
/// <c>themes/</c>), with the default theme copied in so tests can also break it.
/// </summary>
public sealed class TempSite : IDisposable
{
    /// <summary>Creates a site with a minimal yearbook.yml and one volume, 2025.</summary>
    public TempSite(string? config = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "yearbook-test-" + Guid.NewGuid().ToString("N"));
        Content = Path.Combine(Root, "content");
        Directory.CreateDirectory(Content);
        CopyFolder(Path.Combine(RepositoryPaths.Themes, "default"), Path.Combine(Root, "themes", "default"));
        Write("yearbook.yml", config ?? "title: 测试区年鉴\ndistrict: 测试区\nbase_url: https://example.org/\nglossary: glossary.yml\n");
        Write("glossary.yml", "");
        Write("2025/_volume.yml", "title: 测试区年鉴（2025）\nyear: 2025\nrecord_year: 2024\n");
    }

    /// <summary>The temp folder (the "repository").</summary>
    public string Root { get; }

    /// <summary>The site folder.</summary>
    public string Content { get; }

    /// <summary>The default output folder, <c>_site/</c> beside the site folder.</summary>
    public string Output => Path.Combine(Root, "_site");

    /// <summary>Writes a UTF-8 text file under the site folder.</summary>
    public TempSite Write(string path, string text)
    {
        var full = Path.Combine(Content, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    /// <summary>Writes raw bytes under the site folder.</summary>
    public TempSite WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Content, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>Builds the site with the given options.</summary>
    public BuildResult Build(string? output = null, string? baseUrl = null, bool write = true) =>
        new SiteBuilder(new BuildOptions { SiteFolder = Content, OutputFolder = output, BaseUrl = baseUrl, WriteOutput = write }).Build();

    /// <summary>Reads a file of the built site.</summary>
    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>Copies a folder recursively.</summary>
    public static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
