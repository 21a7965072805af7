namespace Yearbook.Rendering;

/// <summary>
/// Where a site's theme is: <c>themes/NAME/</c> inside the site folder, then beside it (the
/// repository layout), and for <c>default</c> only, the theme bundled with the tool. The one place
/// that knows the order, so the build, the preview's watcher and its change sorting agree.
/// </summary>
public static class ThemeLocation
{
    /// <summary>The theme a site gets when <c>yearbook.yml</c> names none, the one bundled with the tool.</summary>
    public const string DefaultName = "default";

    /// <summary>
    /// The bundled default theme: the build copies <c>themes/default/</c> beside the program
    /// (the tool package's folder, or a test's bin folder), so an installed tool needs nothing else.
    /// </summary>
    public static string BundledFolder { get; } = Path.Combine(AppContext.BaseDirectory, "themes", DefaultName);

    /// <summary>The <c>themes/</c> folders a site's own themes may be in, inside the site folder first (full paths, existing or not).</summary>
    public static IReadOnlyList<string> SiteThemeFolders(string siteRoot) =>
        [Path.GetFullPath(Path.Combine(siteRoot, "themes")), Path.GetFullPath(Path.Combine(siteRoot, "..", "themes"))];

    /// <summary>The folder of the theme <paramref name="name"/> for the site in <paramref name="siteRoot"/>; null when there is none.</summary>
    public static string? Find(string siteRoot, string name)
    {
        var own = SiteThemeFolders(siteRoot).Select(themes => Path.Combine(themes, name)).FirstOrDefault(Directory.Exists);
        if (own is not null)
        {
            return own;
        }

        return name == DefaultName && Directory.Exists(BundledFolder) ? BundledFolder : null;
    }

    /// <summary>
    /// The theme a theme in <paramref name="themeFolder"/> takes the layouts, partials, UI strings and assets it
    /// lacks from: the bundled default theme, unless it is that theme (or the tool has none beside it).
    /// </summary>
    public static string? Fallback(string themeFolder)
    {
        var bundled = Path.GetFullPath(BundledFolder);
        return Directory.Exists(bundled) && !string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeFolder)), Path.TrimEndingDirectorySeparator(bundled), StringComparison.Ordinal)
            ? bundled : null;
    }
}
