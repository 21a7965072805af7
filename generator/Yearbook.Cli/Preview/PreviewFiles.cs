using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Yearbook.Cli.Preview;

/// <summary>
/// Serves the built site from its output folder, and nothing else: a request that would leave the
/// folder (<c>..</c>, encoded dots, absolute paths, links) gets 404. HTML pages get the live-reload script.
/// </summary>
public sealed class PreviewFiles
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly string _root;

    /// <summary>Serves files from <paramref name="root"/>.</summary>
    public PreviewFiles(string root) => _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>Answers one request.</summary>
    public async Task ServeAsync(HttpContext context)
    {
        var file = Resolve(context.Request.Path.Value ?? "/");
        if (file is null)
        {
            await NotFoundAsync(context);
            return;
        }

        if (!ContentTypes.TryGetContentType(file, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        context.Response.ContentType = contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.Contains("json") || contentType.Contains("xml")
            ? contentType + "; charset=utf-8"
            : contentType;
        context.Response.Headers.CacheControl = "no-store";
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = await File.ReadAllTextAsync(file, context.RequestAborted);
            await context.Response.WriteAsync(InjectLiveReload(html), context.RequestAborted);
        }
        else
        {
            await context.Response.SendFileAsync(file, context.RequestAborted);
        }
    }

    /// <summary>The file a request path names inside the output folder, or null when there is none or it lies outside.</summary>
    public string? Resolve(string requestPath)
    {
        var path = Uri.UnescapeDataString(requestPath).Replace('\\', '/');
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is ".." or "." || s.Contains(':') || s.Contains('\0')))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_root, Path.Combine(segments)));
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        // A symbolic link inside the output could point anywhere: follow it only if it stays inside.
        var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
        return target is null || target.FullName.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private async Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var page = Path.Combine(_root, "404.html");
        // Before the first build that published anything there is no 404 page; this one still carries
        // the script, so the overlay shows why and the page reloads once the site is fixed.
        var html = File.Exists(page) ? await File.ReadAllTextAsync(page, context.RequestAborted) : NothingPublished;
        await context.Response.WriteAsync(InjectLiveReload(html), context.RequestAborted);
    }

    private const string NothingPublished =
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not found</title><body><p>Nothing is published at this address.</p></body></html>";

    private static string InjectLiveReload(string html)
    {
        var tag = $"<script src=\"{LiveReload.ScriptPath}\"></script>";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + tag : html.Insert(end, tag);
    }
}
