using Yearbook.Tests.Build;

namespace Yearbook.Tests.Chronicle;

/// <summary>
/// The preview and the chronicle: a change that reaches the chronicle pages, a volume's order of kinds or a
/// printed page in citations is applied as any other edit, and the served folder is what <c>yearbook build</c> writes.
/// </summary>
public sealed class ChronicleServeTests
{
    [Fact]
    public void Chronicle_and_kind_changes_are_served_as_yearbook_build_writes_them()
    {
        using var served = ServedSite.Synthetic(12, 5);
        var (site, session, output) = served;
        var volume = Directory.EnumerateDirectories(site).Where(d => File.Exists(Path.Combine(d, "_volume.yml"))).Order(StringComparer.Ordinal).First();
        var year = int.Parse(File.ReadAllLines(Path.Combine(volume, "_volume.yml")).First(l => l.StartsWith("record_year:", StringComparison.Ordinal))["record_year:".Length..].Trim());
        var folder = Path.Combine(volume, Path.GetFileName(Directory.EnumerateDirectories(volume).Order(StringComparer.Ordinal).First()));
        var chronicle = Path.Combine(folder, "90-chronicle.md");

        // A new chronicle chapter.
        File.WriteAllText(chronicle, $"---\ntitle: 大事记\nkind: chronicle\n---\n\n## 1月\n\n- 1月5日 召开经济工作会议。\n");
        Assert.True(session.TryUpdate([chronicle])?.Published);
        session.RefreshSearchIndex();
        Assert.Contains($"d{year}-01-05", File.ReadAllText(Path.Combine(output, "zh-hans", "chronicle", $"{year}", "index.html")), StringComparison.Ordinal);
        served.AssertSameAsFullBuild();

        // An item added to it.
        File.AppendAllText(chronicle, "- 1月9日 开展冬季安全检查。\n");
        Assert.True(session.TryUpdate([chronicle])?.Published);
        session.RefreshSearchIndex();
        Assert.Contains($"d{year}-01-09", File.ReadAllText(Path.Combine(output, "zh-hant", "chronicle", $"{year}", "index.html")), StringComparison.Ordinal);
        served.AssertSameAsFullBuild();

        // A chapter of entries given a printed page, then only its body edited again (still cited with that page).
        var chapter = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).First(f => f != chronicle);
        var text = File.ReadAllText(chapter);
        File.WriteAllText(chapter, text.Insert(text.IndexOf('\n') + 1, "page: 17\n"));
        Assert.True(session.TryUpdate([chapter])?.Published);
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();

        // A chapter turned into an appendix moves to the end of its volume.
        var appendix = Directory.EnumerateFiles(volume, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First(f => f != chronicle && f != chapter);
        var appendixText = File.ReadAllText(appendix);
        File.WriteAllText(appendix, appendixText.Insert(appendixText.IndexOf('\n') + 1, "kind: appendix\n"));
        Assert.True(session.TryUpdate([appendix])?.Published);
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();

        // An ordinary body edit of another chapter.
        var other = Directory.EnumerateFiles(site, "*.md", SearchOption.AllDirectories).Where(f => !Path.GetRelativePath(site, f).StartsWith("themes", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Last();
        File.AppendAllText(other, "\n新增一段。\n");
        Assert.NotNull(session.TryUpdate([other]));
        session.RefreshSearchIndex();
        served.AssertSameAsFullBuild();
    }
}
