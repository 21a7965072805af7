using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Yearbook.Build;
using Yearbook.Model;

namespace Yearbook.Tests.Rendering;

/// <summary>
/// The theme authors' reference (themes/default/README.md) checked against what the generator gives the templates:
/// the sample site is built and every page's context read before it renders. Every field of a page kind's context
/// is named in the reference (in that kind's section or the common one), and every field path the reference's
/// tables list for a kind is in that kind's context.
/// </summary>
public sealed partial class ThemeReferenceTests
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Contexts = new(ReadContexts);

    private static readonly Lazy<Reference> Readme = new(() => Reference.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Themes, "default", "README.md"))));

    [Fact]
    public void Every_field_a_template_is_given_is_named_in_the_reference()
    {
        var undocumented = new List<string>();
        foreach (var (kind, paths) in Contexts.Value)
        {
            var names = Readme.Value.NamesFor(kind);
            foreach (var path in paths.Where(p => !p.StartsWith("ui.", StringComparison.Ordinal)))
            {
                var segments = Segments(path);
                if (segments.FirstOrDefault(s => !names.Contains(s)) is { } missing)
                {
                    undocumented.Add($"{kind}: {path} ('{missing}')");
                }
            }
        }

        Assert.True(undocumented.Count == 0, "fields the reference does not name:\n" + string.Join("\n", undocumented.Distinct().Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Every_field_path_the_reference_lists_is_given()
    {
        var missing = new List<string>();
        foreach (var (kind, paths) in Contexts.Value)
        {
            foreach (var path in Readme.Value.PathsFor(kind, Contexts.Value.Keys))
            {
                if (!paths.Contains(path) && !Prefixes(path).Any(p => paths.Contains(p + "=null") || paths.Contains(p + "=empty")))
                {
                    missing.Add($"{kind}: {path}");
                }
            }
        }

        Assert.True(missing.Count == 0, "fields the reference lists that the pages are not given:\n" + string.Join("\n", missing.Distinct().Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void The_sample_shows_every_page_kind_the_reference_describes()
    {
        Assert.Equal(Readme.Value.Kinds.Order(StringComparer.Ordinal), Contexts.Value.Keys.Where(Readme.Value.Kinds.Contains).Order(StringComparer.Ordinal));
        Assert.Contains("statisticsIndicator", Contexts.Value.Keys);
    }

    /// <summary>Builds the sample without writing it and collects, per page kind, every field path of every page's context.</summary>
    private static Dictionary<string, HashSet<string>> ReadContexts()
    {
        var contexts = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var temp = Directory.CreateTempSubdirectory("yearbook-reference-").FullName;
        try
        {
            var site = Path.Combine(temp, "site");
            TempSite.CopyFolder(RepositoryPaths.SampleSite, site);
            Directory.CreateSymbolicLink(Path.Combine(temp, "themes"), RepositoryPaths.Themes);
            var options = new BuildOptions
            {
                SiteFolder = site,
                OutputFolder = Path.Combine(temp, "_site"),
                WriteOutput = false,
                BeforePageRender = (kind, data) =>
                {
                    lock (contexts)
                    {
                        var paths = contexts.TryGetValue(kind, out var known) ? known : contexts[kind] = new HashSet<string>(StringComparer.Ordinal);
                        foreach (var (key, value) in data)
                        {
                            Walk(value, key, paths, 0);
                        }
                    }
                },
            };
            var result = new SiteBuilder(options).Build();
            Assert.Equal(0, result.ErrorCount);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }

        return contexts;
    }

    /// <summary>Adds <paramref name="path"/> and the paths below it; a null value is noted as <c>path=null</c>.</summary>
    private static void Walk(object? value, string path, HashSet<string> paths, int depth)
    {
        paths.Add(path);
        switch (value)
        {
            case null:
                paths.Add(path + "=null");
                return;
            case string or bool or int or long or decimal or double or Enum:
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Walk(entry.Value, $"{path}.{entry.Key}", paths, depth + 1);
                }

                return;
            case IEnumerable list:
                // A list's items are named as the list's fields (volumes[].title is volumes.title); an empty list shows none.
                var any = false;
                foreach (var item in list)
                {
                    any = true;
                    Walk(item, path, paths, depth + 1);
                }

                if (!any)
                {
                    paths.Add(path + "=empty");
                }

                return;
            case RawHtml:
                return; // trusted HTML, printed whole
        }

        var type = value.GetType();
        if (depth > 8 || !(type.Name.Contains("AnonymousType", StringComparison.Ordinal) || type.Assembly == typeof(SiteBuilder).Assembly))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(property.GetValue(value), $"{path}.{property.Name}", paths, depth + 1);
        }
    }

    private static IEnumerable<string> Segments(string path) => path.Split('=')[0].Split('.');

    private static IEnumerable<string> Prefixes(string path)
    {
        for (var i = path.LastIndexOf('.'); i > 0; i = path.LastIndexOf('.', i - 1))
        {
            yield return path[..i];
        }
    }

    /// <summary>What the reference says: the names in backquotes per section, and the field paths its tables' first column lists.</summary>
    private sealed partial class Reference
    {
        private readonly HashSet<string> _common = new(StringComparer.Ordinal);
        private readonly HashSet<string> _commonPaths = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (HashSet<string> Names, HashSet<string> Paths)> _kinds = new(StringComparer.Ordinal);

        public IReadOnlyCollection<string> Kinds => _kinds.Keys;

        /// <summary>The names a kind's context may use: its section's, the common ones, and those of the section its name extends (statisticsCategory → statistics).</summary>
        public HashSet<string> NamesFor(string kind)
        {
            var names = new HashSet<string>(_common, StringComparer.Ordinal);
            foreach (var (section, content) in _kinds.Where(k => kind.StartsWith(k.Key, StringComparison.Ordinal)))
            {
                names.UnionWith(content.Names);
            }

            return names;
        }

        /// <summary>
        /// The field paths the reference lists for <paramref name="kind"/>: the common ones, and those of its sections (as for
        /// <see cref="NamesFor"/>) that start with the kind's own field or with a field no other kind is named after
        /// (a section may describe several kinds: statistics, statisticsCategory, statisticsIndicator).
        /// </summary>
        public IEnumerable<string> PathsFor(string kind, IReadOnlyCollection<string> kinds) =>
            _commonPaths.Concat(_kinds.Where(k => kind.StartsWith(k.Key, StringComparison.Ordinal)).SelectMany(k => k.Value.Paths)
                .Where(p => p.Split('.')[0] is var first && (first == kind || !kinds.Contains(first))));

        public static Reference Parse(string readme)
        {
            var reference = new Reference();
            var common = Between(readme, "## Context of every edition page", "## Context per page kind");
            reference._common.UnionWith(Names(common));
            reference._commonPaths.UnionWith(TablePaths(common));
            var perKind = Between(readme, "## Context per page kind", "## Root page");
            foreach (var section in perKind.Split("\n### ").Skip(1))
            {
                var kind = section[..section.IndexOf('\n')].Trim();
                reference._kinds[kind] = (Names(section).ToHashSet(StringComparer.Ordinal), TablePaths(section).ToHashSet(StringComparer.Ordinal));
            }

            return reference;
        }

        private static string Between(string text, string start, string end)
        {
            var from = text.IndexOf(start, StringComparison.Ordinal);
            var to = text.IndexOf(end, from, StringComparison.Ordinal);
            Assert.True(from >= 0 && to > from, $"the reference has the sections '{start}' and '{end}'");
            return text[from..to];
        }

        /// <summary>Every identifier inside backquotes: <c>`volumes[].title`</c> names volumes and title.</summary>
        private static IEnumerable<string> Names(string section) =>
            Quoted().Matches(section).SelectMany(m => Identifier().Matches(m.Groups[1].Value).Select(i => i.Value));

        /// <summary>The whole field paths in the first column of the section's tables (<c>`honors.total`</c>; not <c>`.count`</c> or <c>`…series.anchor`</c>).</summary>
        private static IEnumerable<string> TablePaths(string section) =>
            section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal))
                .SelectMany(l => Quoted().Matches(l.Split('|')[1]).Select(m => m.Groups[1].Value))
                .Where(p => FieldPath().IsMatch(p) && p != "content")
                .Select(p => p.Replace("[]", "", StringComparison.Ordinal));

        [GeneratedRegex("`([^`]+)`")]
        private static partial Regex Quoted();

        [GeneratedRegex("[A-Za-z][A-Za-z0-9]*")]
        private static partial Regex Identifier();

        [GeneratedRegex(@"^[a-z][A-Za-z0-9]*(\[\])?(\.[a-z][A-Za-z0-9]*(\[\])?)*$")]
        private static partial Regex FieldPath();
    }
}
