using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Yearbook.BrowserTests;

/// <summary>
/// Serves a built site the way a plain static host does: files as they are, <c>index.html</c> for a
/// folder, otherwise status 404 with the site's own <c>404.html</c> (as GitHub Pages and most hosts
/// are set up to do), under a sub-path such as <c>/yearbook/</c> on a free loopback port. No
/// live-reload script and no drafts, unlike the preview server: the browser sees the published site.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address of the site's root, ending in a slash (for example http://127.0.0.1:41234/yearbook/).</summary>
    public Uri Address { get; }

    /// <summary>
    /// Starts serving <paramref name="folder"/> at <paramref name="pathBase"/> (leading and trailing slash),
    /// over plain HTTP/1.1, or with <paramref name="http2"/> over TLS with HTTP/2 as public static hosts
    /// serve (a certificate made for the run: the browser must be told to accept it).
    /// </summary>
    public static async Task<StaticSiteServer> StartAsync(string folder, string pathBase, bool http2 = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (http2)
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(LoopbackCertificate());
            }));
        }
        else
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }

        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        app.Map(pathBase.TrimEnd('/'), site =>
        {
            site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            site.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                // Feeds, CSV and whatever else the site publishes are served too; a static host would.
                ServeUnknownFileTypes = true,
                DefaultContentType = "application/octet-stream",
            });
            site.Run(async context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
            });
        });
        await app.StartAsync();
        var root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, new Uri(new Uri(root), pathBase));
    }

    private static X509Certificate2 LoopbackCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Through PKCS #12 so that the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
