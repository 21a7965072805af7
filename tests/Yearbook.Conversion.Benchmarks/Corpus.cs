namespace Yearbook.Conversion.Benchmarks;

/// <summary>
/// About a megabyte of real yearbook prose: the shared seed texts (when ../shared is there) and the
/// sample yearbook's chapters, repeated. Its Traditional twin is our own s2t of it.
/// </summary>
internal static class Corpus
{
    private const int TargetLength = 1 << 19; // UTF-16 units; about 1.3 MB of UTF-8

    public static string Simplified { get; } = Build();

    public static string Traditional { get; } = ChineseConverter.Create("s2t").Convert(Simplified);

    private static string Build()
    {
        string root = RepositoryRoot();
        var files = new List<string>();
        string seeds = Path.Combine(root, "..", "shared", "seeds");
        if (Directory.Exists(seeds))
        {
            files.AddRange(Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal));
        }
        files.AddRange(Directory.GetFiles(Path.Combine(root, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        string unit = string.Concat(files.Select(File.ReadAllText));
        var text = new System.Text.StringBuilder(TargetLength + unit.Length);
        while (text.Length < TargetLength)
        {
            text.Append(unit);
        }
        return text.ToString();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Yearbook.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository: Yearbook.sln not found above " + AppContext.BaseDirectory);
    }
}
