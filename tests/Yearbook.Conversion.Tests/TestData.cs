using System.Text.Json;
using System.Text.RegularExpressions;

namespace Yearbook.Conversion.Tests;

/// <summary>Where the test inputs live: the repository, its npm data, and ../shared beside it.</summary>
internal static partial class TestData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// The shared folder next to the repository (present in this project's CI, absent from a plain clone). In a git worktree the repository
    /// root is elsewhere, so the main checkout's neighbour is tried too.
    /// </summary>
    public static string SharedFolder { get; } = FindSharedFolder();

    /// <summary>The variable that makes the upstream OpenCC case set required; <c>.ci/run</c> sets it.</summary>
    public const string RequireUpstreamCasesVariable = "YEARBOOK_REQUIRE_UPSTREAM_CASES";

    /// <summary>
    /// True where this project's CI says ../shared/opencc-testcases must be present (<c>YEARBOOK_REQUIRE_UPSTREAM_CASES=1</c>).
    /// Not <c>CI=true</c>: hosted CI services set that on every clone, which has nothing beside it.
    /// </summary>
    public static bool UpstreamCasesRequired { get; } =
        Environment.GetEnvironmentVariable(RequireUpstreamCasesVariable) is { } value && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    public static string UpstreamTestCasesFolder => Path.Combine(SharedFolder, "opencc-testcases");

    public static string NpmModules => Path.Combine(RepositoryRoot, "generator", "Yearbook.Conversion", "Data", "node_modules");

    private static string FindSharedFolder()
    {
        string beside = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        string dotGit = Path.Combine(RepositoryRoot, ".git");
        if (Directory.Exists(beside) || !File.Exists(dotGit))
        {
            return beside;
        }
        // A worktree's .git file says "gitdir: <main>/.git/worktrees/<name>".
        string gitDir = File.ReadAllText(dotGit).Trim();
        if (gitDir.StartsWith("gitdir:", StringComparison.Ordinal))
        {
            var worktreeGitDir = new DirectoryInfo(gitDir["gitdir:".Length..].Trim());
            var mainRoot = worktreeGitDir.Parent?.Parent?.Parent;
            if (mainRoot is not null)
            {
                string mainBeside = Path.Combine(mainRoot.FullName, "..", "shared");
                if (Directory.Exists(mainBeside))
                {
                    return Path.GetFullPath(mainBeside);
                }
            }
        }
        return beside;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Yearbook.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Yearbook.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// OpenCC's testcases.json: <c>{"cases": [{"id", "input", "expected": {config: output}}]}</c>.
    /// Upstream parses it with trailing commas allowed; they are stripped here to read it strictly.
    /// </summary>
    public static IEnumerable<(string Id, string Config, string Input, string Expected)> ReadCases(string path)
    {
        string json = TrailingComma().Replace(File.ReadAllText(path), "$1");
        using var document = JsonDocument.Parse(json);
        foreach (var testCase in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            string id = testCase.GetProperty("id").GetString()!;
            string input = testCase.GetProperty("input").GetString()!;
            foreach (var expected in testCase.GetProperty("expected").EnumerateObject())
            {
                yield return (id, expected.Name, input, expected.Value.GetString()!);
            }
        }
    }

    [GeneratedRegex(@",(\s*[}\]])")]
    private static partial Regex TrailingComma();
}
