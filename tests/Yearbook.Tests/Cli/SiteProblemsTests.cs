using Yearbook.Cli.Preview;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Cli;

/// <summary>The problems the preview's overlay lists: a full build's, updated chapter by chapter as edits are read.</summary>
public sealed class SiteProblemsTests
{
    private static Diagnostic Warning(string path, int line, string code = "YB0106") => new(Severity.Warning, code, "unknown field", new SourceLocation(path, line, 1));

    private static Diagnostic Error(string path, int line) => new(Severity.Error, "YB0102", "never closed", new SourceLocation(path, line, 1));

    [Fact]
    public void An_update_replaces_the_problems_of_the_chapters_it_read_and_keeps_the_others()
    {
        var problems = new SiteProblems();
        problems.Replace([Warning("2025/b.md", 3), Warning("2025/a.md", 2), Warning("2025/a.md", 5)]);

        problems.Update(["2025/a.md"], [Error("2025/a.md", 1)]);

        Assert.Equal([Error("2025/a.md", 1), Warning("2025/b.md", 3)], problems.Current);
    }

    [Fact]
    public void An_update_that_read_no_chapter_adds_what_it_found_once()
    {
        // A template rendered again reports the problems of the indexes again: known ones are not doubled.
        var problems = new SiteProblems();
        problems.Replace([Warning("2025/b.md", 3, "YB0402")]);

        problems.Update([], [Warning("2025/b.md", 3, "YB0402"), Warning("2025/c.md", 1, "YB0402")]);

        Assert.Equal([Warning("2025/b.md", 3, "YB0402"), Warning("2025/c.md", 1, "YB0402")], problems.Current);
    }

    [Fact]
    public void A_full_build_replaces_everything()
    {
        var problems = new SiteProblems();
        problems.Replace([Error("2025/a.md", 1)]);

        problems.Replace([]);

        Assert.Empty(problems.Current);
    }
}
