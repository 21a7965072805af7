using HandlebarsDotNet;
using YamlDotNet.RepresentationModel;
using Yearbook.Content;
using Yearbook.Diagnostics;

namespace Yearbook.Rendering;

/// <summary>
/// A theme loaded at run time from <c>themes/&lt;name&gt;/</c>: Handlebars layouts and partials,
/// compiled once; UI strings from <c>ui.yml</c>; static files under <c>assets/</c>. Theme authors
/// change the look without recompiling. See <c>themes/default/README.md</c> for the template context.
/// </summary>
public sealed class Theme
{
    /// <summary>The layouts every theme must have.</summary>
    public static readonly IReadOnlyList<string> RequiredLayouts =
        ["base", "root", "home", "volume", "chapter", "honors", "statistics", "subjects", "search", "notFound"];

    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _layouts;

    private readonly string _siteRoot;

    private Theme(string siteRoot, string folder, Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> layouts, IReadOnlyDictionary<string, string> ui)
    {
        _siteRoot = siteRoot;
        Folder = folder;
        _layouts = layouts;
        UiStrings = ui;
    }

    /// <summary>The theme's folder.</summary>
    public string Folder { get; }

    /// <summary>The theme's UI strings as written (Simplified); converted per edition by the caller.</summary>
    public IReadOnlyDictionary<string, string> UiStrings { get; }

    /// <summary>The folder of static files copied to <c>/assets/</c>.</summary>
    public string AssetsFolder => Path.Combine(Folder, "assets");

    /// <summary>
    /// Finds the theme <paramref name="name"/> (<see cref="ThemeLocation"/>: the site's own, else the
    /// bundled default) and compiles it; null (reported) when it is missing or broken.
    /// </summary>
    public static Theme? Load(string siteRoot, string name, DiagnosticBag diagnostics)
    {
        var folder = ThemeLocation.Find(siteRoot, name);
        if (folder is null)
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"the theme '{name}' was not found in themes/ inside or beside the site folder",
                new SourceLocation(SiteLoader.ConfigFileName));
            return null;
        }

        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        handlebars.RegisterHelper("eq", (context, arguments) =>
            arguments.Length == 2 && string.Equals(arguments[0]?.ToString(), arguments[1]?.ToString(), StringComparison.Ordinal));
        // {{{content}}} in base.hbs: the page's own layout, rendered at that point into the same writer (see RenderPage).
        handlebars.RegisterHelper("content", new HandlebarsHelper((output, context, arguments) =>
        {
            if (s_body is { } body)
            {
                // The layout escapes its own {{…}} values, as it did rendered on its own: the triple
                // braces of {{{content}}} turn escaping off for what the helper writes, so it is turned on again.
                var suppressed = output.SuppressEncoding;
                output.SuppressEncoding = false;
                try
                {
                    using var writer = output.CreateWrapper();
                    body.Layout(writer, body.Context, null!);
                }
                finally
                {
                    output.SuppressEncoding = suppressed;
                }
            }
        }));

        var ok = true;
        var partials = Path.Combine(folder, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.EnumerateFiles(partials, "*.hbs").Order(StringComparer.Ordinal))
            {
                ok &= TryCompile(siteRoot, file, diagnostics, source => handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), source));
            }
        }

        var layouts = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
        foreach (var layout in RequiredLayouts)
        {
            var file = Path.Combine(folder, "layouts", layout + ".hbs");
            if (!File.Exists(file))
            {
                diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"the theme has no layout '{layout}.hbs'", new SourceLocation(ThemePath(siteRoot, file)));
                ok = false;
                continue;
            }

            ok &= TryCompile(siteRoot, file, diagnostics, source => layouts[layout] = handlebars.Compile(new StringReader(source)));
        }

        var ui = ReadUiStrings(siteRoot, folder, diagnostics);
        return ok ? new Theme(siteRoot, folder, layouts, ui) : null;
    }

    /// <summary>Where the layout <paramref name="layout"/> is, for diagnostics.</summary>
    public SourceLocation LayoutLocation(string layout) => new(ThemePath(_siteRoot, Path.Combine(Folder, "layouts", layout + ".hbs")));

    /// <summary>Renders the layout <paramref name="layout"/> with <paramref name="context"/> on its own (the root page).</summary>
    public string Render(string layout, object context)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        _layouts[layout](writer, context, null!);
        return writer.ToString();
    }

    /// <summary>
    /// Renders a page into <paramref name="writer"/>: <c>base.hbs</c> with <paramref name="context"/>, its
    /// <c>{{{content}}}</c> being the layout <paramref name="layout"/> rendered with the same context at that
    /// point. The body goes straight into the page's writer: rendering it to a string first, to hand
    /// base.hbs, built and copied a page-sized string for each of twenty thousand pages.
    /// </summary>
    public void RenderPage(string layout, object context, TextWriter writer)
    {
        var outer = s_body;
        s_body = new PageBody(_layouts[layout], context);
        try
        {
            _layouts["base"](writer, context, null!);
        }
        finally
        {
            s_body = outer;
        }
    }

    /// <summary>The body layout of the page this thread is rendering, for base.hbs's <c>{{{content}}}</c>.</summary>
    [ThreadStatic]
    private static PageBody? s_body;

    private sealed record PageBody(HandlebarsTemplate<TextWriter, object, object> Layout, object Context);

    private static bool TryCompile(string siteRoot, string file, DiagnosticBag diagnostics, Action<string> compile)
    {
        try
        {
            compile(File.ReadAllText(file));
            return true;
        }
        catch (HandlebarsException ex)
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"the template does not compile: {ex.Message}", new SourceLocation(ThemePath(siteRoot, file)));
            return false;
        }
    }

    private static Dictionary<string, string> ReadUiStrings(string siteRoot, string folder, DiagnosticBag diagnostics)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = Path.Combine(folder, "ui.yml");
        if (!File.Exists(file))
        {
            return strings;
        }

        var path = ThemePath(siteRoot, file);
        var text = SourceText.Read(file, path, diagnostics);
        var fields = text is null ? null : YamlDocumentReader.ReadMapping(text, path, 0, diagnostics, DiagnosticCodes.ThemeInvalid);
        if (fields is null)
        {
            return strings;
        }

        foreach (var key in fields.Keys)
        {
            strings[key] = fields.String(key) ?? "";
        }

        return strings;
    }

    /// <summary>A theme file's path relative to the site folder (<c>../themes/default/…</c> in the repository layout), so diagnostics point at it.</summary>
    private static string ThemePath(string siteRoot, string file) => Path.GetRelativePath(siteRoot, file).Replace('\\', '/');
}
