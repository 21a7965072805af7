using System.CommandLine;
using Yearbook.Cli.Preview;

namespace Yearbook.Cli.Commands;

/// <summary><c>yearbook serve [SITE] [--port N]</c>: a live preview of both editions on 127.0.0.1.</summary>
public static class ServeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var site = SiteArgument.Create();
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on (default 8080; 0 picks a free one).", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "The address to bind (default 127.0.0.1, this machine only).", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Preview the yearbook with live reload; rebuilds when content or theme files change.") { site, port, host };
        command.SetAction(async (parse, cancellation) =>
        {
            await using var server = new PreviewServer(parse.GetValue(site)!, baseUrl: "/", Console.Out, parse.GetValue(GlobalOptions.Verbose));
            await server.StartAsync(parse.GetValue(port), parse.GetValue(host)!);
            Console.Out.WriteLine($"Serving {server.Address} (zh-hans/ and zh-hant/). Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });
        return command;
    }
}
