using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Yearbook.Build;
using Yearbook.Model;

namespace Yearbook.Tests.Rendering;

/// <summary>
/// The theme authors' reference (themes/default/README.md) checked against the template contract: the page data
/// types (<see cref="ITemplateData"/>, one per page kind marked <see cref="PageKindAttribute"/>, plus
/// <see cref="EditionPageData"/> for every edition page). Every field of a kind's types is named in the reference's
/// section for that kind (or, for the common names, in the common section), and every field path the reference's
/// tables list is a field of the kind's types. A build of the sample then checks that each page is given exactly
/// its kind's fields.
/// </summary>
public sealed partial class ThemeReferenceTests
{
    private static readonly Lazy<Reference> Readme = new(() => Reference.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Themes, "default", "README.md"))));

    [Fact]
    public void Every_field_of_the_page_data_types_is_named_in_the_reference()
    {
        var undocumented = new List<string>();
        foreach (var (kind, type) in PageDataTypes.Kinds)
        {
            var common = kind == PageDataTypes.Root ? [] : PageDataTypes.Paths(typeof(EditionPageData));
            foreach (var (paths, names) in new[] { (common, Readme.Value.CommonNames), (PageDataTypes.Paths(type), Readme.Value.NamesFor(kind)) })
            {
                foreach (var path in paths)
                {
                    if (path.Split('.').FirstOrDefault(s => !names.Contains(s)) is { } missing)
                    {
                        undocumented.Add($"{kind}: {path} ('{missing}')");
                    }
                }
            }
        }

        Assert.True(undocumented.Count == 0, "fields the reference does not name:\n" + string.Join("\n", undocumented.Distinct().Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Every_field_path_the_reference_lists_is_a_field_of_the_page_data_types()
    {
        var missing = new List<string>();
        var kinds = PageDataTypes.Kinds.Keys.ToList();
        foreach (var (kind, type) in PageDataTypes.Kinds)
        {
            var paths = PageDataTypes.Paths(type);
            if (kind != PageDataTypes.Root)
            {
                paths.UnionWith(PageDataTypes.Paths(typeof(EditionPageData)));
            }

            missing.AddRange(Readme.Value.PathsFor(kind, kinds).Where(p => !paths.Contains(p)).Select(p => $"{kind}: {p}"));
        }

        Assert.True(missing.Count == 0, "fields the reference lists that no page data type has:\n" + string.Join("\n", missing.Distinct().Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Every_page_kind_has_a_data_type_a_layout_and_a_section_in_the_reference()
    {
        var kinds = PageDataTypes.Kinds.Keys.Where(k => k != PageDataTypes.Root).ToList();
        // A section may describe several kinds: statistics also describes statisticsCategory and statisticsIndicator.
        var wrong = kinds.Where(k => !Readme.Value.Kinds.Any(k.StartsWith)).Select(k => k + " has no section in the reference")
            .Concat(Readme.Value.Kinds.Where(s => !kinds.Contains(s)).Select(s => "the reference's section " + s + " is no page kind"))
            .Concat(PageDataTypes.Kinds.Keys.Where(k => !File.Exists(Path.Combine(RepositoryPaths.Themes, "default", "layouts", k + ".sbn-html"))).Select(k => k + " has no layout"))
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Contains("statisticsIndicator", kinds);
    }

    [Fact]
    public void The_page_data_types_hold_only_text_numbers_html_lists_and_other_page_data_types()
    {
        var problems = new List<string>();
        var reached = new HashSet<Type>();
        foreach (var type in PageDataTypes.Kinds.Values.Append(typeof(EditionPageData)))
        {
            PageDataTypes.Paths(type, problems, reached);
        }

        Assert.True(problems.Count == 0, "fields of a type templates cannot read as documented:\n" + string.Join("\n", problems));
        var unreached = PageDataTypes.All.Where(t => !reached.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(unreached.Count == 0, "page data types no page kind reaches: " + string.Join(", ", unreached));
    }

    [Fact]
    public void Every_page_data_type_and_field_has_a_summary()
    {
        var documentation = XDocument.Load(Path.ChangeExtension(typeof(BuildOptions).Assembly.Location, ".xml"));
        var summaries = documentation.Descendants("member")
            .Where(m => m.Element("summary") is { } summary && summary.Value.Trim().Length > 0)
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);
        var missing = PageDataTypes.All
            .SelectMany(t => TemplateFields.Of(t).Select(f => $"P:{t.FullName}.{f.Property.Name}").Prepend($"T:{t.FullName}"))
            .Where(name => !summaries.Contains(name))
            .ToList();
        Assert.True(missing.Count == 0, "page data without a summary:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_page_of_the_sample_is_given_the_fields_of_its_kinds_type()
    {
        var common = TemplateFields.Of(typeof(EditionPageData)).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var wrong = new List<string>();
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
                    lock (wrong)
                    {
                        seen.Add(kind);
                        if (!PageDataTypes.Kinds.TryGetValue(kind, out var type))
                        {
                            wrong.Add($"{kind}: no page data type");
                            return;
                        }

                        var fields = TemplateFields.Of(type);
                        var expected = common.Union(fields.Select(f => f.Name)).Order(StringComparer.Ordinal);
                        if (!expected.SequenceEqual(data.Keys.Order(StringComparer.Ordinal)))
                        {
                            wrong.Add($"{kind}: given {string.Join(", ", data.Keys.Order(StringComparer.Ordinal))}, expected {string.Join(", ", expected)}");
                        }

                        wrong.AddRange(fields.Where(f => data.TryGetValue(f.Name, out var value) && value is not null && !f.Property.PropertyType.IsInstanceOfType(value))
                            .Select(f => $"{kind}: {f.Name} is a {data[f.Name]!.GetType().Name}, not a {f.Property.PropertyType.Name}"));
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

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Distinct()));
        Assert.Equal(PageDataTypes.Kinds.Keys.Where(k => k != PageDataTypes.Root).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    /// <summary>The template contract read from the library: the page kinds' data types and the field paths they give.</summary>
    private static class PageDataTypes
    {
        /// <summary>The root page's kind: it has no edition, so none of <see cref="EditionPageData"/>'s names.</summary>
        public const string Root = "root";

        /// <summary>Every page data type of the library.</summary>
        public static IReadOnlyList<Type> All { get; } = typeof(BuildOptions).Assembly.GetTypes()
            .Where(t => typeof(ITemplateData).IsAssignableFrom(t) && !t.IsInterface).ToList();

        /// <summary>The data type of each page kind, by kind.</summary>
        public static IReadOnlyDictionary<string, Type> Kinds { get; } = All
            .Where(t => t.GetCustomAttribute<PageKindAttribute>() is not null)
            .ToDictionary(t => t.GetCustomAttribute<PageKindAttribute>()!.Kind, StringComparer.Ordinal);

        /// <summary>
        /// Every field path of <paramref name="type"/> as templates write it, a list's items named as the list's fields
        /// (<c>volumes.title</c> for <c>volumes[].title</c>); what is not text, a number, HTML, the UI strings, a list or
        /// another page data type goes to <paramref name="problems"/>.
        /// </summary>
        public static HashSet<string> Paths(Type type, List<string>? problems = null, HashSet<Type>? reached = null)
        {
            var paths = new HashSet<string>(StringComparer.Ordinal);
            Walk(type, "", paths, problems ?? [], reached ?? []);
            return paths;
        }

        private static void Walk(Type type, string prefix, HashSet<string> paths, List<string> problems, HashSet<Type> reached)
        {
            reached.Add(type);
            foreach (var field in TemplateFields.Of(type))
            {
                var path = prefix.Length == 0 ? field.Name : prefix + "." + field.Name;
                paths.Add(path);
                Value(field.Property.PropertyType, path, paths, problems, reached);
            }
        }

        private static void Value(Type type, string path, HashSet<string> paths, List<string> problems, HashSet<Type> reached)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(string) || type == typeof(int) || type == typeof(bool) || type == typeof(RawHtml) || type == typeof(IReadOnlyDictionary<string, string>))
            {
                return;
            }

            if (typeof(ITemplateData).IsAssignableFrom(type) && path.Split('.').Length < 10)
            {
                Walk(type, path, paths, problems, reached);
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                Value(type.GetGenericArguments()[0], path, paths, problems, reached);
            }
            else
            {
                problems.Add($"{path}: {type}");
            }
        }
    }

    /// <summary>What the reference says: the names in backquotes per section, and the field paths its tables' first column lists.</summary>
    private sealed partial class Reference
    {
        private readonly HashSet<string> _commonPaths = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (HashSet<string> Names, HashSet<string> Paths)> _kinds = new(StringComparer.Ordinal);

        /// <summary>The names the section on every edition page's context uses.</summary>
        public HashSet<string> CommonNames { get; } = new(StringComparer.Ordinal);

        /// <summary>The kinds the reference has a section for, the root page not included.</summary>
        public IEnumerable<string> Kinds => _kinds.Keys.Where(k => k != PageDataTypes.Root);

        /// <summary>The names a kind's own data may use: its section's, and those of the section its name extends (statisticsCategory → statistics).</summary>
        public HashSet<string> NamesFor(string kind)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (_, content) in Sections(kind))
            {
                names.UnionWith(content.Names);
            }

            return names;
        }

        /// <summary>
        /// The field paths the reference lists for <paramref name="kind"/>: the common ones (not for the root page), and those
        /// of its sections (as for <see cref="NamesFor"/>) that start with the kind's own field or with a field no other kind
        /// is named after (a section may describe several kinds: statistics, statisticsCategory, statisticsIndicator).
        /// </summary>
        public IEnumerable<string> PathsFor(string kind, IReadOnlyCollection<string> kinds) =>
            (kind == PageDataTypes.Root ? [] : _commonPaths).Concat(Sections(kind).SelectMany(k => k.Value.Paths)
                .Where(p => p.Split('.')[0] is var first && (first == kind || !kinds.Contains(first))));

        public static Reference Parse(string readme)
        {
            var reference = new Reference();
            var common = Between(readme, "## Context of every edition page", "## Context per page kind");
            reference.CommonNames.UnionWith(Names(common));
            reference._commonPaths.UnionWith(TablePaths(common));
            var perKind = Between(readme, "## Context per page kind", "## Root page");
            foreach (var section in perKind.Split("\n### ").Skip(1))
            {
                var kind = section[..section.IndexOf('\n')].Trim();
                reference._kinds[kind] = (Names(section).ToHashSet(StringComparer.Ordinal), TablePaths(section).ToHashSet(StringComparer.Ordinal));
            }

            var root = Between(readme, "## Root page", "## Behaviour of site.js");
            reference._kinds[PageDataTypes.Root] = (Names(root).ToHashSet(StringComparer.Ordinal), TablePaths(root).ToHashSet(StringComparer.Ordinal));
            return reference;
        }

        private IEnumerable<KeyValuePair<string, (HashSet<string> Names, HashSet<string> Paths)>> Sections(string kind) =>
            _kinds.Where(k => kind == PageDataTypes.Root ? k.Key == kind : k.Key != PageDataTypes.Root && kind.StartsWith(k.Key, StringComparison.Ordinal));

        private static string Between(string text, string start, string end)
        {
            var from = text.IndexOf(start, StringComparison.Ordinal);
            var to = text.IndexOf(end, from, StringComparison.Ordinal);
            Assert.True(from >= 0 && to > from, $"the reference has the sections '{start}' and '{end}'");
            return text[from..to];
        }

        /// <summary>
        /// Every name in backquotes written as a field (<c>`volumes[].title`</c> names volumes and title; <c>`.count`</c> and
        /// <c>`…series.anchor`</c> count too), not one inside a value (<c>`series-{code}`</c>) or a template (<c>`{{ x.url }}`</c>).
        /// </summary>
        private static IEnumerable<string> Names(string section) =>
            Quoted().Matches(section).Select(m => m.Groups[1].Value).Where(q => FieldMention().IsMatch(q))
                .SelectMany(q => Identifier().Matches(q).Select(i => i.Value));

        /// <summary>The whole field paths in the first column of the section's tables (<c>`honors.total`</c>; not <c>`.count`</c> or <c>`…series.anchor`</c>).</summary>
        private static IEnumerable<string> TablePaths(string section) =>
            section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal))
                .SelectMany(l => Quoted().Matches(l.Split('|')[1]).Select(m => m.Groups[1].Value))
                .Where(p => FieldPath().IsMatch(p) && p != "content")
                .Select(p => p.Replace("[]", "", StringComparison.Ordinal));

        [GeneratedRegex("`([^`]+)`")]
        private static partial Regex Quoted();

        [GeneratedRegex(@"^(…|\.)?[a-z][A-Za-z0-9]*(\[\]|\.\*)?(\.[a-z][A-Za-z0-9]*(\[\])?)*$")]
        private static partial Regex FieldMention();

        [GeneratedRegex("[A-Za-z][A-Za-z0-9]*")]
        private static partial Regex Identifier();

        [GeneratedRegex(@"^[a-z][A-Za-z0-9]*(\[\])?(\.[a-z][A-Za-z0-9]*(\[\])?)*$")]
        private static partial Regex FieldPath();
    }
}
