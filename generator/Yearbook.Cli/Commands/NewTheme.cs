using System.Text.RegularExpressions;
using Yearbook.Content;
using Yearbook.Rendering;

namespace Yearbook.Cli.Commands;

/// <summary>
/// <c>yearbook new theme NAME</c>: the default theme bundled with the tool, written out to
/// <c>SITE/themes/NAME/</c> as the starting point of a theme of one's own (as <c>hugo new theme</c> does).
/// </summary>
public static partial class NewTheme
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    /// <summary>Copies the bundled theme to <c><paramref name="site"/>/themes/<paramref name="name"/></c>; returns the exit code.</summary>
    public static int Create(string site, string name, TextWriter output, TextWriter error)
    {
        var source = ThemeLocation.BundledFolder;
        if (!Slug().IsMatch(name))
        {
            error.WriteLine($"error: '{name}' must be a folder name in lower-case ASCII letters, digits and hyphens, e.g. district-blue.");
            return 1;
        }

        if (!File.Exists(Path.Combine(site, SiteLoader.ConfigFileName)))
        {
            error.WriteLine($"error: {site} holds no {SiteLoader.ConfigFileName}; name the site folder with --site (or start one with `yearbook new site DIR`).");
            return 1;
        }

        var target = Path.Combine(site, "themes", name);
        if (Directory.Exists(target) || File.Exists(target))
        {
            error.WriteLine($"error: {target} already exists; nothing was written.");
            return 1;
        }

        if (!Directory.Exists(source))
        {
            error.WriteLine($"error: the default theme is missing from the tool's folder ({source}); reinstall the tool.");
            return 1;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        output.WriteLine($"Created {target} from the default theme (its README.md documents the templates).");
        output.WriteLine($"To use it, set `theme: {name}` in {Path.Combine(site, SiteLoader.ConfigFileName)}.");
        return 0;
    }
}
