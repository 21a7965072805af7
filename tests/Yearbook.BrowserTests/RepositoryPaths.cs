namespace Yearbook.BrowserTests;

/// <summary>Finds the repository's folders from the test assembly, wherever the tests run from.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding Yearbook.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The sample yearbook.</summary>
    public static string SampleSite => Path.Combine(Root, "content");

    /// <summary>The checkers tests/setup installs with npm (vnu-jar, axe-core).</summary>
    public static string NodeModules => Path.Combine(Root, "tests", "tools", "node_modules");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Yearbook.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Yearbook.sln not found above " + AppContext.BaseDirectory);
    }
}
