using System.Globalization;
using Yearbook.SyntheticSite.Output;
using Yearbook.SyntheticSite.Planning;

// dotnet run --project tests/Yearbook.SyntheticSite -c Release -- --chapters N --seed S --out DIR [--hugo DIR] [--theme DIR] [--chronicle ITEMS]
// --chronicle ITEMS: each volume of the yearbook site also gets a chronicle (大事记) of ITEMS dated items (not the Hugo site).
// Same N and seed, same bytes.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
    {
        return Usage($"unexpected argument '{args[i]}'");
    }

    options[args[i][2..]] = args[++i];
}

if (!options.TryGetValue("chapters", out var chaptersText) || !int.TryParse(chaptersText, CultureInfo.InvariantCulture, out var chapters) || chapters < 1)
{
    return Usage("--chapters N (a whole number, at least 1) is required");
}

var seed = 1;
if (options.TryGetValue("seed", out var seedText) && !int.TryParse(seedText, CultureInfo.InvariantCulture, out seed))
{
    return Usage($"--seed must be a whole number, not '{seedText}'");
}

options.TryGetValue("out", out var outFolder);
options.TryGetValue("hugo", out var hugoFolder);
if (outFolder is null && hugoFolder is null)
{
    return Usage("give --out DIR (a yearbook site), --hugo DIR (the same content as a Hugo site), or both");
}

foreach (var folder in new[] { outFolder, hugoFolder }.OfType<string>())
{
    if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
    {
        return Usage($"'{folder}' is not empty; give a new folder so no old file stays behind");
    }
}

var plan = YearbookPlan.Create(chapters, seed);
if (outFolder is not null)
{
    var theme = options.GetValueOrDefault("theme") ?? RepositoryTheme();
    if (theme is null || !Directory.Exists(Path.Combine(theme, "layouts")))
    {
        return Usage("the default theme was not found; give --theme PATH/themes/default");
    }

    var chronicle = 0;
    if (options.TryGetValue("chronicle", out var chronicleText) && (!int.TryParse(chronicleText, CultureInfo.InvariantCulture, out chronicle) || chronicle < 0))
    {
        return Usage($"--chronicle must be a whole number of items, not '{chronicleText}'");
    }

    new YearbookSiteWriter(plan, theme) { ChronicleItems = chronicle }.WriteTo(outFolder);
    Console.WriteLine($"Wrote a yearbook of {plan.Chapters.Count} chapters in {plan.Volumes.Count} volumes to {outFolder}");
}

if (hugoFolder is not null)
{
    new HugoSiteWriter(plan).WriteTo(hugoFolder);
    Console.WriteLine($"Wrote the same {plan.Chapters.Count} chapters as a Hugo site to {hugoFolder}");
}

return 0;

static int Usage(string problem)
{
    Console.Error.WriteLine($"error: {problem}");
    Console.Error.WriteLine("usage: Yearbook.SyntheticSite --chapters N [--seed S] [--out DIR] [--hugo DIR] [--theme THEME_DIR] [--chronicle ITEMS]");
    return 2;
}

// The repository's themes/default, found above the program's folder (the program runs from tests/…/bin).
static string? RepositoryTheme()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "Yearbook.sln")))
        {
            return Path.Combine(folder.FullName, "themes", "default");
        }
    }

    return null;
}
