using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Yearbook.Tests;

/// <summary>
/// The library's folders are layers that only look down, and no folders use each other in a ring.
/// The dependencies are read from the compiled library (NetArchTest walks signatures and method
/// bodies), so a fully qualified name or a <c>var</c> counts as much as a <c>using</c>.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>The layers, lowest first; each folder of the library is one of them or inside one.</summary>
    /// <remarks>The root namespace (BuildOptions, BuildResult, BuildProgress) is the Build layer's face to the CLI.</remarks>
    internal static readonly string[] Layers = ["Diagnostics", "Content", "Editions", "Model", "Indexes", "Rendering", "Print", "Output", "Build"];

    private static readonly Lazy<FolderGraph> Graph = new(() => FolderGraph.Of(typeof(BuildOptions).Assembly));

    [Fact]
    public void Every_folder_belongs_to_a_layer()
    {
        var unplaced = Graph.Value.Folders.Where(f => LayerOf(f) < 0).ToList();
        Assert.Empty(unplaced);
    }

    [Fact]
    public void The_graph_sees_known_dependencies()
    {
        // Guards the two tests below against a graph that finds nothing and so passes anything.
        var edges = Graph.Value.Edges;
        Assert.Contains(("Yearbook.Build", "Yearbook.Content"), edges.Keys);
        Assert.Contains(("Yearbook.Rendering.Pages", "Yearbook.Model"), edges.Keys);
        Assert.Contains(("Yearbook.Indexes.Honors", "Yearbook.Indexes.Downloads"), edges.Keys);
        Assert.Contains(("Yearbook.Content", "Yearbook.Diagnostics"), edges.Keys);
    }

    [Fact]
    public void No_folder_uses_a_layer_above_its_own()
    {
        var upward = Graph.Value.Edges
            .Where(e => LayerOf(e.Key.From) < LayerOf(e.Key.To))
            .Select(e => $"{e.Key.From} uses {e.Key.To} (a layer above) in {string.Join(", ", e.Value)}")
            .ToList();
        Assert.True(upward.Count == 0, string.Join("\n", upward));
    }

    [Fact]
    public void No_folders_use_each_other_in_a_ring()
    {
        var graph = Graph.Value;
        var rings = graph.Cycles().Select(ring => "a ring among " + string.Join(", ", ring) + ":\n" + string.Join("\n",
            graph.Edges.Where(e => ring.Contains(e.Key.From) && ring.Contains(e.Key.To))
                .Select(e => $"  {e.Key.From} uses {e.Key.To} in {string.Join(", ", e.Value)}"))).ToList();
        Assert.True(rings.Count == 0, string.Join("\n", rings));
    }

    /// <summary>The layer of a folder (namespace), by its first name below <c>Yearbook</c>; -1 for none.</summary>
    internal static int LayerOf(string folder)
    {
        if (folder == "Yearbook")
        {
            return Array.IndexOf(Layers, "Build");
        }

        var top = folder.Split('.') is [_, var name, ..] ? name : "";
        return Array.IndexOf(Layers, top);
    }
}

/// <summary>Which folders (namespaces) of an assembly use which, and through which types.</summary>
internal sealed class FolderGraph
{
    private FolderGraph(IReadOnlyList<string> folders, IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> edges)
    {
        Folders = folders;
        Edges = edges;
    }

    /// <summary>The namespaces, sorted.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>For each folder that uses another, the types of the first that do.</summary>
    public IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> Edges { get; }

    /// <summary>Reads the graph of <paramref name="assembly"/>'s <c>Yearbook</c> namespaces.</summary>
    public static FolderGraph Of(Assembly assembly)
    {
        var types = Types.InAssembly(assembly);
        var byFolder = types.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == "Yearbook" || ns.StartsWith("Yearbook.", StringComparison.Ordinal)))
            .GroupBy(t => t.Namespace!)
            .ToDictionary(g => g.Key, g => g.Select(t => t.FullName!).ToArray(), StringComparer.Ordinal);
        var folders = byFolder.Keys.Order(StringComparer.Ordinal).ToList();
        var edges = new Dictionary<(string, string), IReadOnlyList<string>>();
        foreach (var from in folders)
        {
            foreach (var to in folders.Where(f => f != from))
            {
                // A dependency is named by each type of the other folder: a namespace name would also
                // match the folders inside it.
                var users = types.That().ResideInNamespaceMatching($"^{Regex.Escape(from)}$")
                    .And().HaveDependencyOnAny(byFolder[to])
                    .GetTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();
                if (users.Count > 0)
                {
                    edges[(from, to)] = users;
                }
            }
        }

        return new FolderGraph(folders, edges);
    }

    /// <summary>The strongly connected groups of more than one folder (Tarjan's algorithm), each a ring of folders.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var next = Folders.ToDictionary(f => f, f => Edges.Keys.Where(e => e.From == f).Select(e => e.To).ToList(), StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var rings = new List<IReadOnlyList<string>>();

        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var to in next[folder])
            {
                if (!index.ContainsKey(to))
                {
                    Visit(to);
                    low[folder] = Math.Min(low[folder], low[to]);
                }
                else if (stack.Contains(to))
                {
                    low[folder] = Math.Min(low[folder], index[to]);
                }
            }

            if (low[folder] == index[folder])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    group.Add(member);
                }
                while (member != folder);
                if (group.Count > 1)
                {
                    group.Sort(StringComparer.Ordinal);
                    rings.Add(group);
                }
            }
        }

        foreach (var folder in Folders.Where(f => !index.ContainsKey(f)))
        {
            Visit(folder);
        }

        return rings;
    }
}
