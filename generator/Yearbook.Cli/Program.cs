// The `yearbook` command: each subcommand lives in Commands/ and is wired here.
using System.CommandLine;
using Yearbook.Cli.Commands;

var root = new RootCommand("Yearbook: publish a Chinese district yearbook in Simplified and Traditional script.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
    ConvertCommand.Create(),
    ReviewCommand.Create(),
};
// Ctrl+C or SIGTERM cancels `serve`, which then removes its preview folder: at 10,000 chapters that is
// hundreds of megabytes, more than System.CommandLine's default two seconds allow before it exits anyway.
return root.Parse(args).Invoke(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(60) });
