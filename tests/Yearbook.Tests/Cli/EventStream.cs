using System.Text;

namespace Yearbook.Tests.Cli;

/// <summary>The preview's live-reload stream read as a browser's EventSource reads it: named events with their data.</summary>
internal sealed class EventStream : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    /// <summary>The media type the server answered with.</summary>
    public string? MediaType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>Connects to the preview at <paramref name="http"/>'s base address.</summary>
    public static async Task<EventStream> OpenAsync(HttpClient http)
    {
        var response = await http.GetAsync("_yearbook/events", HttpCompletionOption.ResponseHeadersRead);
        return new EventStream(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event: its name and its data lines joined by line breaks.</summary>
    public async Task<(string Name, string Data)> NextAsync(CancellationToken cancel)
    {
        var name = "message";
        var data = new List<string>();
        while (await _reader.ReadLineAsync(cancel) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    return (name, string.Join("\n", data));
                }

                name = "message";
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Add(line["data:".Length..].TrimStart(' '));
            }

            // A line starting with a colon is a comment (the greeting).
        }

        throw new EndOfStreamException("the server closed the event stream");
    }

    /// <summary>Reads events until one named <paramref name="name"/> arrives (30 s at most) and returns its data.</summary>
    public async Task<string> WaitForAsync(string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var (received, data) = await NextAsync(timeout.Token);
            if (received == name)
            {
                return data;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
