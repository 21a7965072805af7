using System.Buffers;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Yearbook.Rendering;

/// <summary>
/// Resolves <c>include "name"</c> to <c>partials/name.sbn-html</c> of one theme and nowhere else: a
/// name is letters, digits, <c>-</c> and <c>_</c> only (no <c>..</c>, no separator, no absolute path),
/// and a partial, or the partials folder, that is a link to a place outside the theme is refused.
/// </summary>
internal sealed class ThemePartials : ITemplateLoader
{
    /// <summary>The extension of every layout and partial.</summary>
    public const string Extension = ".sbn-html";

    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    private readonly string _theme;

    /// <summary>The partials of the theme in <paramref name="themeFolder"/> (a full path).</summary>
    public ThemePartials(string themeFolder)
    {
        _theme = Path.TrimEndingDirectorySeparator(themeFolder);
        Folder = Path.Combine(_theme, "partials");
    }

    /// <summary>The partials folder.</summary>
    public string Folder { get; }

    /// <summary>Whether <paramref name="name"/> may name a partial.</summary>
    public static bool IsName(string name) => name.Length > 0 && !name.AsSpan().ContainsAnyExcept(NameCharacters);

    /// <summary>The file of the partial <paramref name="name"/>, or null when the name could reach outside the partials folder.</summary>
    public string? PathOf(string name) => IsName(name) ? Path.Combine(Folder, name + Extension) : null;

    /// <summary>Why <paramref name="file"/> may not be read as a template of this theme, or null when it may.</summary>
    public string? Refusal(string file)
    {
        foreach (var path in new[] { Folder, file })
        {
            FileSystemInfo info = path == file ? new FileInfo(path) : new DirectoryInfo(path);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target && !Inside(target.FullName))
            {
                return $"'{Path.GetFileName(path)}' is a link to '{target.FullName}', outside the theme";
            }
        }

        return null;
    }

    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        PathOf(templateName) ?? throw new ScriptRuntimeException(callerSpan,
            $"'{templateName}' is not a partial name: a partial is named by its file name in partials/ without '{Extension}' (letters, digits, '-' and '_')");

    /// <inheritdoc />
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        if (Refusal(templatePath) is { } refusal)
        {
            throw new ScriptRuntimeException(callerSpan, refusal);
        }

        return File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new ScriptRuntimeException(callerSpan, $"the theme has no partial '{Path.GetFileName(templatePath)}' in partials/");
    }

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private bool Inside(string path) =>
        path.StartsWith(_theme + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
