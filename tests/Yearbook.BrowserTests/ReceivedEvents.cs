using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Playwright;

namespace Yearbook.BrowserTests;

/// <summary>
/// The server-sent events a page's scripts receive, in order, seen through the DevTools protocol
/// (Playwright reports the request, not its messages). When an event is reported, the page has
/// dispatched it to its listeners in the same task, so what they draw is there for the next evaluation.
/// </summary>
public sealed class ReceivedEvents
{
    private readonly Channel<(string Name, string Data)> _events = Channel.CreateUnbounded<(string, string)>();

    private ReceivedEvents()
    {
    }

    /// <summary>Starts watching <paramref name="page"/>, before it opens its event stream.</summary>
    public static async Task<ReceivedEvents> WatchAsync(IPage page)
    {
        var events = new ReceivedEvents();
        var session = await page.Context.NewCDPSessionAsync(page);
        session.Event("Network.eventSourceMessageReceived").OnEvent += (_, message) =>
        {
            if (message is { } m)
            {
                events._events.Writer.TryWrite((m.GetProperty("eventName").GetString() ?? "", m.GetProperty("data").GetString() ?? ""));
            }
        };
        await session.SendAsync("Network.enable");
        return events;
    }

    /// <summary>Skips events until one named <paramref name="name"/> arrives (a minute at most); returns its data.</summary>
    public async Task<string> WaitForAsync(string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            while (true)
            {
                var (received, data) = await _events.Reader.ReadAsync(timeout.Token);
                if (received == name)
                {
                    return data;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no '{name}' event reached the page within a minute");
        }
    }

    /// <summary>Waits for the next "problems" event and returns how many errors and warnings it holds.</summary>
    public async Task<(int Errors, int Warnings)> WaitForProblemsAsync()
    {
        using var json = JsonDocument.Parse(await WaitForAsync("problems"));
        return (json.RootElement.GetProperty("errors").GetArrayLength(), json.RootElement.GetProperty("warnings").GetArrayLength());
    }
}
