using Microsoft.Playwright;

namespace Yearbook.BrowserTests;

/// <summary>
/// Records what a reader would never see but a broken page shows in the console: script errors,
/// console errors, requests that failed or answered with an error status.
/// </summary>
public sealed class PageProblems
{
    private readonly List<string> _problems = [];

    /// <summary>Starts listening on <paramref name="page"/>.</summary>
    public PageProblems(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Add("script error: " + error);
        page.RequestFailed += (_, request) => Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    /// <summary>The problems seen so far.</summary>
    public IReadOnlyList<string> All
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
