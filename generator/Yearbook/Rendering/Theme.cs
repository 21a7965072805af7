using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using YamlDotNet.RepresentationModel;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Model;

namespace Yearbook.Rendering;

/// <summary>
/// A theme loaded at run time from <c>themes/&lt;name&gt;/</c>: Scriban layouts and partials
/// (<c>.sbn-html</c>), compiled once and rendered by <see cref="ThemeContext"/>; UI strings from <c>ui.yml</c>; static files under <c>assets/</c>. Theme authors
/// change the look without recompiling. See <c>themes/default/README.md</c> for the template context.
/// </summary>
internal sealed class Theme
{
    /// <summary>The layouts every theme must have.</summary>
    public static readonly IReadOnlyList<string> RequiredLayouts =
        ["base", "root", "home", "volume", "chapter", "honors", "honorsYear", "statistics", "statisticsCategory", "statisticsIndicator",
         "subjects", "subjectsLetter", "chronicle", "chronicleYear", "search", "notFound"];

    private readonly Dictionary<string, Template> _layouts;
    private readonly ThemePartials _partialFiles;
    private ScriptObject? _builtins;
    private readonly string _siteRoot;

    private Theme(string siteRoot, string folder, Dictionary<string, Template> layouts, Dictionary<string, Template> partials, ThemePartials partialFiles, IReadOnlyDictionary<string, string> ui)
    {
        _siteRoot = siteRoot;
        Folder = folder;
        _layouts = layouts;
        Partials = partials;
        _partialFiles = partialFiles;
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
    /// bundled default) and compiles it; null (reported) when it is missing or broken. A theme of the
    /// site's own takes what it lacks from the bundled default theme: each layout and partial it has no
    /// file for, each UI string it does not name, each asset it does not carry. So a theme written before
    /// the generator added a page kind still builds, the new pages in the default's look, and a theme may
    /// hold only the files it changes. Nothing is reported for it: relying on the default is a theme's
    /// right, and a warning would fail <c>check --warnaserror</c> for every such theme.
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

        var fallback = ThemeLocation.Fallback(folder);
        var partials = new ThemePartials(folder);
        var compiled = new Dictionary<string, Template>(StringComparer.Ordinal);
        var ok = CompilePartials(siteRoot, partials, compiled, diagnostics);
        if (fallback is not null)
        {
            // The bundled theme's partials that the theme does not have (its own layouts may include them too).
            var bundled = new Dictionary<string, Template>(StringComparer.Ordinal);
            ok &= CompilePartials(siteRoot, new ThemePartials(fallback), bundled, diagnostics, skip: compiled.Keys.ToHashSet(StringComparer.Ordinal));
            foreach (var (partial, template) in bundled)
            {
                compiled[partial] = template;
            }
        }

        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        var layoutFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var layout in RequiredLayouts)
        {
            var file = Path.Combine(folder, "layouts", layout + ThemePartials.Extension);
            // A theme written for the Handlebars engine this generator used before is told so, not silently given the default's layouts.
            var handlebars = File.Exists(Path.ChangeExtension(file, null) + ".hbs");
            if (!File.Exists(file) && !handlebars && fallback is not null && File.Exists(Path.Combine(fallback, "layouts", layout + ThemePartials.Extension)))
            {
                file = Path.Combine(fallback, "layouts", layout + ThemePartials.Extension);
            }

            if (!File.Exists(file))
            {
                var hint = handlebars ? " (Handlebars .hbs layouts are no longer read: see themes/default/README.md)" : "";
                diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"the theme has no layout '{layout}{ThemePartials.Extension}'{hint}", new SourceLocation(ThemePath(siteRoot, file)));
                ok = false;
                continue;
            }

            if (Compile(siteRoot, file, diagnostics) is { } template)
            {
                layouts[layout] = template;
                layoutFiles[layout] = file;
            }
            else
            {
                ok = false;
            }
        }

        var ui = ReadUiStrings(siteRoot, folder, diagnostics);
        if (fallback is not null)
        {
            foreach (var (key, text) in ReadUiStrings(siteRoot, fallback, diagnostics))
            {
                ui.TryAdd(key, text);
            }
        }

        return ok ? new Theme(siteRoot, folder, layouts, compiled, partials, ui) { _layoutFiles = layoutFiles, FallbackFolder = fallback } : null;
    }

    /// <summary>Compiles the partials of <paramref name="partials"/> into <paramref name="compiled"/>, but those named in <paramref name="skip"/>; false when one is refused or broken (reported).</summary>
    private static bool CompilePartials(string siteRoot, ThemePartials partials, Dictionary<string, Template> compiled, DiagnosticBag diagnostics, IReadOnlySet<string>? skip = null)
    {
        if (!Directory.Exists(partials.Folder))
        {
            return true;
        }

        var ok = true;
        foreach (var file in Directory.EnumerateFiles(partials.Folder, "*" + ThemePartials.Extension).Order(StringComparer.Ordinal))
        {
            var partial = Path.GetFileName(file)[..^ThemePartials.Extension.Length];
            if (skip?.Contains(partial) == true)
            {
                continue;
            }

            var refusal = ThemePartials.IsName(partial) ? partials.Refusal(file) : $"'{partial}' cannot be included: a partial's name is letters, digits, '-' and '_'";
            if (refusal is not null)
            {
                diagnostics.Error(DiagnosticCodes.ThemeInvalid, refusal, new SourceLocation(ThemePath(siteRoot, file)));
                ok = false;
                continue;
            }

            if (Compile(siteRoot, file, diagnostics) is { } template)
            {
                compiled[partial] = template;
            }
            else
            {
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>The bundled default theme's folder when this theme takes what it lacks from it; null for the bundled theme itself.</summary>
    public string? FallbackFolder { get; private init; }

    /// <summary>The asset folders to publish, the fallback's first, so that the theme's own files are copied over it.</summary>
    public IReadOnlyList<string> AssetFolders => FallbackFolder is null ? [AssetsFolder] : [Path.Combine(FallbackFolder, "assets"), AssetsFolder];

    private IReadOnlyDictionary<string, string> _layoutFiles = new Dictionary<string, string>();

    /// <summary>Where the layout <paramref name="layout"/> is, for diagnostics.</summary>
    public SourceLocation LayoutLocation(string layout) =>
        new(ThemePath(_siteRoot, _layoutFiles.GetValueOrDefault(layout) ?? Path.Combine(Folder, "layouts", layout + ThemePartials.Extension)));

    /// <summary>The partials, compiled, by name (file name without extension).</summary>
    internal IReadOnlyDictionary<string, Template> Partials { get; }

    /// <summary>Renders the layout <paramref name="layout"/> with <paramref name="model"/>'s fields on its own (the root page).</summary>
    /// <exception cref="TemplateFailure">The template failed.</exception>
    public string Render(string layout, ITemplateData model)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Render(_layouts[layout], TemplateFields.Values(model), body: null, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Renders a page into <paramref name="writer"/>: <c>base.sbn-html</c> with <paramref name="data"/>, its
    /// <c>{{ content }}</c> being the layout <paramref name="layout"/> rendered with the same data at that
    /// point. The body goes straight into the page's writer: rendering it to a string first, to hand
    /// base, built and copied a page-sized string for each of twenty thousand pages.
    /// </summary>
    /// <exception cref="TemplateFailure">The template failed.</exception>
    public void RenderPage(string layout, IReadOnlyDictionary<string, object?> data, TextWriter writer) =>
        Render(_layouts["base"], data, _layouts[layout], writer);

    private void Render(Template template, IEnumerable<KeyValuePair<string, object?>> data, Template? body, TextWriter writer)
    {
        // One context per thread, kept from page to page: a new one builds Scriban's built-in functions.
        var context = s_context;
        if (context is null || context.Theme != this)
        {
            s_context = context = new ThemeContext(this, _partialFiles, _builtins ??= ThemeContext.Builtins(this, _partialFiles));
        }

        try
        {
            context.Render(template, data, body, writer);
        }
        catch (ScriptRuntimeException ex)
        {
            s_context = null; // its scopes may be left half-way
            throw new TemplateFailure(Location(ex.Span), ex.OriginalMessage, ex);
        }
    }

    /// <summary>The context this thread renders in.</summary>
    [ThreadStatic]
    private static ThemeContext? s_context;

    /// <summary>A Scriban position (from zero) as a diagnostic's (from one); the file is the theme path the template was parsed with.</summary>
    private static SourceLocation Location(SourceSpan span) => new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);

    private static Template? Compile(string siteRoot, string file, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(File.ReadAllText(file), ThemePath(siteRoot, file));
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"the template does not compile: {message.Message}", Location(message.Span));
        }

        return null;
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
