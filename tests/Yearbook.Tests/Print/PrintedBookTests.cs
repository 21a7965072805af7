using System.Text.RegularExpressions;
using Yearbook.Content;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Print;

/// <summary>The sample printed as books (yearbook print): every volume in both editions, read back with poppler's tools.</summary>
public sealed partial class PrintedBookTests(PrintedSample sample) : IClassFixture<PrintedSample>
{
    [Fact]
    public void EveryVolumePrintsInBothEditions()
    {
        Assert.Empty(sample.Result.Diagnostics);
        var volumes = new SiteLoader(new DiagnosticBag()).Load(RepositoryPaths.SampleSite)!.Volumes;
        var expected = volumes.SelectMany(v => new[] { $"{v.Slug} zh-hans", $"{v.Slug} zh-hant" }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, sample.Books.Select(b => $"{b.Volume} {b.Edition}").Order(StringComparer.Ordinal));
        foreach (var book in sample.Books)
        {
            Assert.True(new FileInfo(book.Pdf).Length > 10_000, book.Pdf);
            Assert.Equal(volumes.Single(v => v.Slug == book.Volume).Chapters.Count, book.Chapters.Count);
            var info = PrintedSample.Poppler("pdfinfo", [book.Pdf]);
            Assert.Contains($"Pages:           {book.Pages}", info);
            Assert.Contains("Tagged:          yes", info);
            Assert.Contains("Page size:       524.409 x 737.008 pts", info); // 185 × 260 mm
        }
    }

    [Fact]
    public void EveryFontIsAnEmbeddedSubsetAndNoneIsType3()
    {
        foreach (var book in sample.Books)
        {
            var rows = PrintedSample.Poppler("pdffonts", [book.Pdf]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                Assert.DoesNotContain("Type 3", row);
                // name type… encoding emb sub uni object ID: the last five columns are emb, sub, uni and the object id (two).
                var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.True(columns[^5] == "yes" && columns[^4] == "yes", $"{book.Pdf}: not an embedded subset: {row}");
            }

            var names = string.Join("\n", rows);
            // The Traditional edition is set in the Traditional faces, the Simplified one in the Simplified faces.
            Assert.Contains(book.Edition == "zh-hant" ? "NotoSerifCJKtc-Regular" : "NotoSerifCJKsc-Regular", names);
            Assert.DoesNotContain(book.Edition == "zh-hant" ? "CJKsc" : "CJKtc", names);
        }
    }

    [Fact]
    public void ContentsPageNumbersAreThePagesWhereTheChaptersStart()
    {
        foreach (var book in sample.Books)
        {
            var contents = Enumerable.Range(1, book.Pages).Select(p => PrintedSample.PageText(book.Pdf, p))
                .First(t => Regex.Replace(t, @"\s", "").StartsWith(book.Edition == "zh-hant" ? "目錄" : "目录", StringComparison.Ordinal));
            var entries = ContentsLine().Matches(contents).Select(m => (Title: Regex.Replace(m.Groups[1].Value, @"\s", ""), Page: int.Parse(m.Groups[2].Value))).ToList();
            // Every chapter is listed at the number printed on the page where it starts.
            Assert.True(entries.Count >= book.Chapters.Count, $"{book.Pdf}: {entries.Count} contents entries");
            foreach (var (title, page) in entries)
            {
                var text = PrintedSample.PageText(book.Pdf, book.PageOf(page));
                Assert.Contains(title, Regex.Replace(text, @"\s", ""));
                // …and that page carries that number at its foot.
                Assert.Equal(page.ToString(System.Globalization.CultureInfo.InvariantCulture), text.Split('\n').Select(l => l.Trim()).Last(l => l.Length > 0));
            }

            foreach (var chapter in book.Chapters)
            {
                Assert.Contains(entries, e => e.Page == chapter.Printed);
            }
        }
    }

    [Fact]
    public void IndexLocatorsPointAtPagesContainingTheTerm()
    {
        foreach (var book in sample.Books)
        {
            var index = PrintedSample.PageText(book.Pdf, book.Pages, layout: false);
            Assert.StartsWith("索", Regex.Replace(index, @"\s", ""));
            var entries = IndexLine().Matches(index).Select(m => (Term: m.Groups[1].Value.Trim(), Pages: m.Groups[2].Value.Split(['，', ','], StringSplitOptions.TrimEntries).Select(int.Parse).ToList())).ToList();
            Assert.True(entries.Count >= 5, $"{book.Pdf}: only {entries.Count} index entries");
            foreach (var (term, pages) in entries)
            {
                foreach (var page in pages)
                {
                    var text = Regex.Replace(PrintedSample.PageText(book.Pdf, book.PageOf(page), layout: false), @"\s", "");
                    Assert.True(text.Contains(Regex.Replace(term, @"\s", ""), StringComparison.Ordinal), $"{book.Pdf}: '{term}' is not on page {page}");
                }
            }
        }
    }

    // A contents line: the title, the dot leaders, the page number (pdftotext puts a word joiner before it).
    [GeneratedRegex(@"^\s*(\S.*?)\s*(?:\.\s*){3,}\u2060?(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ContentsLine();

    // An index line: the term, a space, the pages joined by '，'.
    [GeneratedRegex(@"^(\S.*?)\s+(\d+(?:\s*[，,]\s*\d+)*)\s*$", RegexOptions.Multiline)]
    private static partial Regex IndexLine();
}
