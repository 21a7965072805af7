using System.Threading.Channels;

namespace Yearbook.Cli.Preview;

/// <summary>
/// The browsers watching the preview: each open page holds a server-sent-events connection, and
/// every rebuild sends it either "reload" or the build's diagnostics for the error overlay.
/// </summary>
public sealed class LiveReload
{
    private readonly List<Channel<string>> _listeners = [];
    private string? _lastErrors;

    /// <summary>The script injected into every HTML page of the preview.</summary>
    public const string ScriptPath = "/_yearbook/live.js";

    /// <summary>The event stream the script listens to.</summary>
    public const string EventsPath = "/_yearbook/events";

    /// <summary>Registers a browser; the channel yields the events for it.</summary>
    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_listeners)
        {
            _listeners.Add(channel);
            if (_lastErrors is not null)
            {
                channel.Writer.TryWrite(_lastErrors);
            }
        }

        return channel;
    }

    /// <summary>Forgets a browser that went away.</summary>
    public void Unsubscribe(Channel<string> channel)
    {
        lock (_listeners)
        {
            _listeners.Remove(channel);
        }
    }

    /// <summary>Tells every browser that the site changed.</summary>
    public void Reload() => Broadcast("event: reload\ndata: \n\n", errors: null);

    /// <summary>Shows the build's errors over every open page; the last good site stays underneath.</summary>
    public void ShowErrors(IEnumerable<string> lines)
    {
        var data = string.Join("", lines.Select(l => "data: " + l.Replace("\n", " ", StringComparison.Ordinal) + "\n"));
        var message = "event: errors\n" + data + "\n";
        Broadcast(message, message);
    }

    private void Broadcast(string message, string? errors)
    {
        lock (_listeners)
        {
            _lastErrors = errors;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>The client script: reload on "reload", draw an overlay on "errors".</summary>
    public const string Script = """
        (function () {
          var source = new EventSource('/_yearbook/events');
          source.addEventListener('reload', function () { location.reload(); });
          source.addEventListener('errors', function (e) {
            var box = document.getElementById('yearbook-errors') || document.createElement('div');
            box.id = 'yearbook-errors';
            box.setAttribute('role', 'alert');
            box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:99999;' +
              'background:#2b0000;color:#fff;font:14px/1.5 monospace;padding:12px 16px;white-space:pre-wrap;border-top:4px solid #e33';
            box.textContent = 'Build failed — the page shows the last good build.\n\n' + e.data;
            document.body.appendChild(box);
          });
        })();
        """;
}
