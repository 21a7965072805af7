using System.Text.Json;
using Microsoft.Playwright;

namespace Yearbook.BrowserTests;

/// <summary>
/// On a 360 px phone no page scrolls sideways: wide tables scroll inside their own box and charts
/// shrink to fit theirs. Charts fit on a desktop screen as well.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserSite site)
{
    /// <summary>A small phone held upright (the narrowest width the issue asks for).</summary>
    public static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        IsMobile = true,
        HasTouch = true,
    };

    // Measures one page: what sticks out of the viewport, and each table and chart against its box.
    private const string Measure = """
        () => {
          const width = document.documentElement.clientWidth;
          const scrolls = e => /auto|scroll/.test(getComputedStyle(e).overflowX);
          const inScrollBox = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) return true; return false; };
          const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          const problems = [];
          if (document.documentElement.scrollWidth > width) problems.push(`page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`);
          for (const e of document.body.querySelectorAll('*')) {
            const r = e.getBoundingClientRect();
            if (r.width > 0 && r.right > width + 1 && !inScrollBox(e) && getComputedStyle(e).position !== 'absolute')
              problems.push(`${describe(e)} reaches ${Math.round(r.right)}px`);
          }
          let wideTables = 0;
          for (const table of document.querySelectorAll('main table')) {
            const box = table.parentElement;
            if (table.offsetWidth <= box.clientWidth + 1) continue;
            wideTables++;
            if (!scrolls(box)) problems.push(`a table ${table.offsetWidth}px wide overflows ${describe(box)} that does not scroll`);
            else { box.scrollLeft = 1e6; if (box.scrollLeft === 0) problems.push(`${describe(box)} does not scroll its wide table`); box.scrollLeft = 0; }
          }
          for (const svg of document.querySelectorAll('main .chart svg')) {
            const box = svg.closest('figure');
            const s = svg.getBoundingClientRect(), b = box.getBoundingClientRect();
            if (s.left < b.left - 1 || s.right > b.right + 1) problems.push(`a chart ${Math.round(s.width)}px wide does not fit its ${Math.round(b.width)}px box`);
            if (s.height < 120) problems.push(`a chart is only ${Math.round(s.height)}px high`);
          }
          return { problems, wideTables, charts: document.querySelectorAll('main .chart svg').length };
        }
        """;

    [Fact]
    public async Task No_page_scrolls_sideways_on_a_phone_and_wide_tables_scroll_in_their_box_and_charts_fit()
    {
        var context = await site.Browser.NewContextAsync(Phone);
        var wideTables = 0;
        var charts = 0;
        var problems = await Parallel.Pages(site.Pages.Where(BrowserSite.IsReady), async relative =>
        {
            var (found, tables, svgs) = await MeasureAsync(context, relative);
            Interlocked.Add(ref wideTables, tables);
            Interlocked.Add(ref charts, svgs);
            return found;
        });
        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Guards the checks: the sample has tables too wide for a phone, and charts.
        Assert.True(wideTables > 0, "no table on the sample site is wider than a phone");
        Assert.True(charts > 0, "no chart on the sample site");
    }

    [Fact]
    public async Task Charts_fit_on_a_desktop_screen()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var problems = new List<string>();
        foreach (var edition in new[] { SitePages.Hans, SitePages.Hant })
        {
            var (found, _, charts) = await MeasureAsync(context, edition + SitePages.ChartedIndicator);
            Assert.True(charts > 0);
            problems.AddRange(found);
        }

        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<(IEnumerable<string> Problems, int WideTables, int Charts)> MeasureAsync(IBrowserContext context, string relative)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Visit(site, relative));
        var result = await page.EvaluateAsync<JsonElement>(Measure);
        await page.CloseAsync();
        var problems = result.GetProperty("problems").EnumerateArray().Select(p => $"{relative}: {p.GetString()}").ToList();
        return (problems, result.GetProperty("wideTables").GetInt32(), result.GetProperty("charts").GetInt32());
    }
}
