// The `yearbook` command. Commands are added in Commands/ and wired here.
using System.CommandLine;
using Yearbook.Cli.Commands;

var root = new RootCommand("Publishes a Chinese district yearbook in Simplified and Traditional script.")
{
    ConvertCommand.Create(),
};
return root.Parse(args).Invoke();
