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
};
return root.Parse(args).Invoke();
