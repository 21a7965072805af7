using Scriban.Runtime;

namespace Yearbook.Rendering;

/// <summary>
/// What an indented partial writes, passed on to the output around it with every line after the first
/// indented as the include was (Handlebars's standalone partials). A line break at the very end of the
/// partial gets no indent: the indent is written only when more text follows it.
/// </summary>
internal sealed class IndentedOutput : IScriptOutput
{
    private IScriptOutput? _outer;
    private string _indent = "";
    private bool _lineStarted = true;

    /// <summary>Starts passing text on to <paramref name="outer"/> with <paramref name="indent"/>.</summary>
    public void Start(IScriptOutput outer, string indent)
    {
        _outer = outer;
        _indent = indent;
        _lineStarted = true;
    }

    /// <summary>Ends the partial; an indent still owed (after a final line break) is dropped.</summary>
    public void Stop() => _outer = null;

    /// <inheritdoc />
    public void Write(string text, int offset, int count)
    {
        var outer = _outer ?? throw new InvalidOperationException("the indented partial has ended");
        var end = offset + count;
        while (offset < end)
        {
            if (!_lineStarted)
            {
                outer.Write(_indent, 0, _indent.Length);
                _lineStarted = true;
            }

            var newline = text.IndexOf('\n', offset, end - offset);
            var stop = newline < 0 ? end : newline + 1;
            outer.Write(text, offset, stop - offset);
            offset = stop;
            _lineStarted = newline < 0;
        }
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
