using Yearbook.Diagnostics;

namespace Yearbook.Tests.Build;

/// <summary>
/// The lint of an edited chapter in <c>serve</c> runs beside its conversion: its warnings are still in the update's
/// diagnostics, at the edited chapter, when the update returns.
/// </summary>
public sealed class EditedChapterLintTests
{
    [Fact]
    public void An_edit_reports_the_edited_chapters_entry_title_and_script_warnings()
    {
        using var served = ServedSite.Synthetic(12, 3);
        var (site, session, _) = served;
        var chapter = Directory.EnumerateFiles(site, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(site, f).StartsWith("themes", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).First();
        var path = Path.GetRelativePath(site, chapter).Replace('\\', '/');

        // 24 characters in the entry title (at most 18), and 區 (Traditional) in a Simplified chapter.
        File.AppendAllText(chapter, "\n【这是一个标题长度明显超过十八个字符的条目名称示例】新设一个工业區。\n");
        var update = session.TryUpdate([chapter]);

        Assert.NotNull(update);
        Assert.True(update.Published);
        Assert.Contains(update.Diagnostics, d => d.Code == DiagnosticCodes.EntryTitleLong && d.Location.Path == path);
        Assert.Contains(update.Diagnostics, d => d.Code == DiagnosticCodes.MixedScript && d.Location.Path == path);
    }
}
