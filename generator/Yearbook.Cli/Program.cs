// The `yearbook` command: each subcommand lives in Commands/ and is wired here.
using System.CommandLine;
using Yearbook.Cli.Commands;

var root = new RootCommand("Yearbook: publish a Chinese district yearbook in Simplified and Traditional script.")
{
    GlobalOptions.Verbose,
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
    ConvertCommand.Create(),
    ReviewCommand.Create(),
    PrintCommand.Create(),
};
// Ctrl+C or SIGTERM cancels `serve`, which then removes its preview folder: at 10,000 chapters that is
// hundreds of megabytes, more than System.CommandLine's default two seconds allow before it exits anyway.
var parsed = root.Parse(args);
try
{
    // An exception is a bug: InternalError prints one line (the trace with --verbose), not System.CommandLine's trace.
    return parsed.Invoke(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(60), EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    return InternalError.Report(ex, parsed.GetValue(GlobalOptions.Verbose), Console.Error);
}
