using System.CommandLine;

namespace Yearbook.Cli.Commands;

/// <summary>The SITE argument shared by the commands: the folder that holds yearbook.yml.</summary>
public static class SiteArgument
{
    /// <summary>Creates the argument, defaulting to <c>content</c>.</summary>
    public static Argument<string> Create() => new("SITE")
    {
        Description = "The site folder, the one that holds yearbook.yml (default: content).",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => "content",
    };
}
