using System.Buffers;
using System.Collections;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Yearbook.Model;

namespace Yearbook.Rendering;

/// <summary>
/// The Scriban context a theme renders in, one per thread, reused from page to page. It is where the
/// theme's rules are enforced: every printed value is HTML-escaped unless it is <see cref="RawHtml"/>
/// (or the page's body, <c>{{ content }}</c>); a name or a field the data does not have is an error,
/// never an empty string; names keep the data's spelling (<c>chapter.bodyHtml</c>, not Scriban's
/// snake_case); and <c>if</c> takes an empty text, an empty list and 0 as false.
/// </summary>
internal sealed class ThemeContext : TemplateContext
{
    /// <summary>What Handlebars escaped, kept so pages stay byte-identical: &amp; &lt; &gt; " ' ` =.</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"'`=");

    private readonly Theme _theme;
    private readonly ScriptObject _page = new();
    private readonly PageOutput _output = new();
    private readonly Stack<IndentedOutput> _indented = new();

    /// <summary>A context rendering <paramref name="theme"/>, with the theme's <paramref name="builtins"/> (Scriban's functions and <c>include</c>).</summary>
    public ThemeContext(Theme theme, ThemePartials partials, ScriptObject builtins)
        : base(builtins)
    {
        _theme = theme;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        MemberRenamer = member => member.Name;
        TemplateLoader = partials;
        LoopLimit = 0; // the indexes of a large yearbook list tens of thousands of items
        LimitToString = 0; // Scriban cuts a printed value at 1 MB with "..."; a chapter body may be longer
        TryGetMember = MissingMember;
        PushGlobal(_page);
    }

    /// <summary>
    /// Scriban's built-in functions plus <c>include</c>, made once per theme and shared by every thread's
    /// context: a set for each thread the build's Parallel.For ran on cost about 60 MB of peak memory at 10,000 chapters.
    /// </summary>
    public static ScriptObject Builtins(Theme theme, ThemePartials partials)
    {
        var builtins = GetDefaultBuiltinObject();
        builtins.SetValue("include", new PartialInclude(theme, partials), readOnly: true);
        return builtins;
    }

    /// <summary>How deep partials are included in one another at this point.</summary>
    public int IncludeDepth { get; set; }

    /// <summary>The page's top-level names, and those a template assigns.</summary>
    public ScriptObject Names => _page;

    /// <summary>The theme this context renders.</summary>
    public Theme Theme => _theme;

    /// <summary>
    /// Renders <paramref name="template"/> with <paramref name="data"/> (the page's top-level names)
    /// into <paramref name="writer"/>; <paramref name="body"/> is what <c>{{ content }}</c> renders.
    /// </summary>
    public void Render(Template template, IEnumerable<KeyValuePair<string, object?>> data, Template? body, TextWriter writer)
    {
        _page.Clear();
        foreach (var (name, value) in data)
        {
            _page.SetValue(name, value, readOnly: false);
        }

        if (body is not null)
        {
            _page.SetValue("content", new PageBody(body), readOnly: false);
        }

        _output.Writer = writer;
        PushOutput(_output);
        try
        {
            Run(template);
        }
        finally
        {
            PopOutput();
            _output.Writer = null;
            _page.Clear();
        }
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // Scriban indents every line of a value printed on an indented line; Handlebars indented only
        // partials (which PartialInclude renders without passing here), and a body's <pre> must stay as it is.
        var indent = CurrentIndent;
        CurrentIndent = null;
        try
        {
            switch (textAsObject)
            {
                case RawHtml raw:
                    return Write(raw.Html);
                case PageBody body:
                    Run(body.Layout);
                    return this;
                case string text:
                    WriteEscaped(text);
                    return this;
                case int number:
                    WriteEscaped(number.ToString(CultureInfo.InvariantCulture));
                    return this;
                default:
                    WriteEscaped(ObjectToString(textAsObject, nested: false) ?? "");
                    return this;
            }
        }
        finally
        {
            CurrentIndent = indent;
        }
    }

    /// <inheritdoc />
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        DataAccessor.For(target.GetType()) ?? base.GetMemberAccessorImpl(target);

    /// <inheritdoc />
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        RawHtml raw => raw.Html.Length > 0,
        int i => i != 0,
        long l => l != 0,
        decimal d => d != 0,
        double d => d != 0,
        ICollection c => c.Count > 0,
        _ => base.ToBool(span, value),
    };

    /// <summary>Renders <paramref name="template"/> here; an empty file has nothing to render.</summary>
    public void Run(Template template)
    {
        if (template.Page is { } page)
        {
            Evaluate(page);
        }
    }

    /// <summary>
    /// Renders a partial here, every line after its first indented as the include was (Handlebars's
    /// standalone partials, which the default theme's output keeps). Scriban's own indentation of
    /// includes does not reach text inside the partial's blocks, so it is done here instead.
    /// </summary>
    public void RunIndented(Template partial)
    {
        var indent = CurrentIndent;
        CurrentIndent = null;
        try
        {
            if (string.IsNullOrEmpty(indent))
            {
                Run(partial);
                return;
            }

            // Indented on the way through to the page, not buffered: a partial's text as a string was
            // about 1 KB per indented include per page.
            var output = _indented.TryPop(out var reused) ? reused : new IndentedOutput();
            output.Start(Output, indent);
            PushOutput(output);
            try
            {
                Run(partial);
            }
            finally
            {
                PopOutput();
                output.Stop();
                _indented.Push(output);
            }
        }
        finally
        {
            CurrentIndent = indent;
        }
    }

    private void WriteEscaped(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var next = text.AsSpan(start).IndexOfAny(Escaped);
            if (next < 0)
            {
                Write(text, start, text.Length - start);
                return;
            }

            Write(text, start, next);
            Write(text[start + next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                _ => "&#x3D;",
            });
            start += next + 1;
        }
    }

    /// <summary>Strict fields: Scriban's strict variables cover names, not fields, which would otherwise print nothing.</summary>
    private static bool MissingMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        var known = DataAccessor.For(target.GetType()) is { } data ? " (it has " + string.Join(", ", data.Names) + ")" : "";
        throw new ScriptRuntimeException(span, $"no field '{member}' here{known}");
    }

    /// <summary>The body layout of the page being rendered, printed by base's <c>{{ content }}</c> into the same output.</summary>
    private sealed record PageBody(Template Layout);
}
