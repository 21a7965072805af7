namespace Yearbook.BrowserTests;

/// <summary>Runs a check over many pages a few at a time: one browser, several tabs.</summary>
public static class Parallel
{
    /// <summary>How many pages are open at once; the machine has few cores and Chromium uses them.</summary>
    public const int Tabs = 4;

    /// <summary>Runs <paramref name="check"/> on every page and collects what it reports.</summary>
    public static async Task<List<string>> Pages(IEnumerable<string> pages, Func<string, Task<IEnumerable<string>>> check)
    {
        using var gate = new SemaphoreSlim(Tabs);
        var tasks = pages.Select(async page =>
        {
            await gate.WaitAsync();
            try
            {
                return await check(page);
            }
            finally
            {
                gate.Release();
            }
        });
        return [.. (await Task.WhenAll(tasks)).SelectMany(found => found)];
    }
}
