using System.Text.Json;
using System.Threading.Channels;
using Yearbook.Diagnostics;

namespace Yearbook.Cli.Preview;

/// <summary>
/// The browsers watching the preview: each open page holds a server-sent-events connection. A build
/// that published sends "reload"; one that did not sends "problems" (its errors and warnings, drawn
/// over the page). Every page that connects, a reloaded one included, is first sent the site's
/// problems as they stand (none is an event too, so the page knows it is up to date).
/// </summary>
public sealed class LiveReload
{
    private readonly List<Channel<string>> _listeners = [];
    private string _problems = ProblemsEvent([], "");

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
            channel.Writer.TryWrite(_problems);
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

    /// <summary>
    /// Tells every browser that the site changed. The <paramref name="problems"/> (paths prefixed with
    /// <paramref name="site"/>) are kept for the reloaded pages, which ask for them as they connect.
    /// </summary>
    public void Reload(IReadOnlyList<Diagnostic> problems, string site)
    {
        lock (_listeners)
        {
            _problems = ProblemsEvent(problems, site);
            Broadcast("event: reload\ndata: \n\n");
        }
    }

    /// <summary>Shows <paramref name="problems"/> over every open page; the site underneath stays as it was.</summary>
    public void Show(IReadOnlyList<Diagnostic> problems, string site)
    {
        lock (_listeners)
        {
            _problems = ProblemsEvent(problems, site);
            Broadcast(_problems);
        }
    }

    private void Broadcast(string message)
    {
        foreach (var listener in _listeners)
        {
            listener.Writer.TryWrite(message);
        }
    }

    /// <summary>One "problems" event: the errors and the warnings, each with its place, code and message, as one line of JSON.</summary>
    internal static string ProblemsEvent(IReadOnlyList<Diagnostic> problems, string site)
    {
        object Entry(Diagnostic d) => new { where = d.Location.Format(site), code = d.Code, message = d.Message };
        var json = JsonSerializer.Serialize(new
        {
            errors = problems.Where(d => d.Severity == Severity.Error).Select(Entry),
            warnings = problems.Where(d => d.Severity == Severity.Warning).Select(Entry),
        });
        return "event: problems\ndata: " + json + "\n\n"; // the serializer escapes line breaks: one data line
    }

    /// <summary>
    /// The client script: reload on "reload"; on "problems", the errors in a box over the page and the
    /// warnings in a panel that opens on a click. Text goes in through textContent, never as markup.
    /// </summary>
    public const string Script = """
        (function () {
          var source = new EventSource('/_yearbook/events');
          source.addEventListener('reload', function () { source.close(); location.reload(); });
          source.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });

          function el(tag, css, text) {
            var node = document.createElement(tag);
            if (css) node.style.cssText = css;
            if (text !== undefined) node.textContent = text;
            return node;
          }

          function list(items) {
            var ul = el('ul', 'margin:4px 0 0;padding:0;list-style:none');
            items.forEach(function (p) {
              var li = el('li', 'margin:0 0 6px');
              li.appendChild(el('span', 'color:#9cf', p.where));
              li.appendChild(document.createTextNode(' '));
              li.appendChild(el('strong', '', p.code));
              li.appendChild(document.createTextNode(': ' + p.message));
              ul.appendChild(li);
            });
            return ul;
          }

          function show(problems) {
            var old = document.getElementById('yearbook-problems');
            if (old) old.remove();
            if (!problems.errors.length && !problems.warnings.length) return;
            var errors = problems.errors.length > 0;
            var box = el('div', 'position:fixed;bottom:0;right:0;z-index:99999;max-height:60vh;overflow:auto;' +
              'font:14px/1.5 monospace;color:#fff;white-space:pre-wrap;' + (errors ? 'left:0' : 'max-width:40em'));
            box.id = 'yearbook-problems';
            if (errors) {
              var alert = el('section', 'background:#2b0000;padding:12px 16px;border-top:4px solid #e33');
              alert.id = 'yearbook-errors';
              alert.setAttribute('role', 'alert');
              var n = problems.errors.length;
              alert.appendChild(el('strong', '', n + (n === 1 ? ' error' : ' errors') +
                ' — what they affect is left out or shows the last good build.'));
              alert.appendChild(list(problems.errors));
              box.appendChild(alert);
            }
            if (problems.warnings.length) {
              var panel = el('details', 'background:#332200;padding:6px 16px;border-top:4px solid #e90');
              panel.id = 'yearbook-warnings';
              var w = problems.warnings.length;
              panel.appendChild(el('summary', 'cursor:pointer', w + (w === 1 ? ' warning' : ' warnings')));
              panel.appendChild(list(problems.warnings));
              box.appendChild(panel);
            }
            document.body.appendChild(box);
          }
        })();
        """;
}
