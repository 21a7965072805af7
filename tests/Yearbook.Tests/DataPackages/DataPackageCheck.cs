using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Yearbook.Tests.DataPackages;

/// <summary>
/// Checks a Data Package v2 descriptor and its CSV tables, as a consumer of the downloads would: the
/// descriptor against <c>datapackage-v2-checks.schema.json</c> (the v2 standard's rules, written down for
/// these tests, evaluated with JsonSchema.Net) and the rules JSON Schema cannot state (unique names, keys that
/// name fields, tables that exist); each table against its Table Schema: the header is the field names in order,
/// every cell is a value of its field's type or one of the declared missing values, required cells are present,
/// enum and pattern constraints hold, and key tuples are unique.
/// </summary>
public static partial class DataPackageCheck
{
    private static readonly JsonSchema Rules = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "DataPackages", "datapackage-v2-checks.schema.json"));

    /// <summary>Every problem of the descriptor at <paramref name="path"/> and of the tables it names (read beside it).</summary>
    public static List<string> Problems(string path)
    {
        var descriptor = JsonNode.Parse(File.ReadAllText(path))!;
        var problems = DescriptorProblems(descriptor);
        foreach (var resource in descriptor["resources"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            var table = Path.Combine(Path.GetDirectoryName(path)!, (string?)resource["path"] ?? "");
            if (!File.Exists(table))
            {
                problems.Add($"resource '{resource["name"]}': no file at {resource["path"]}");
            }
            else if (resource["schema"] is JsonObject schema)
            {
                problems.AddRange(TableProblems(schema, File.ReadAllText(table)).Select(p => $"{resource["path"]}: {p}"));
            }
        }

        return problems;
    }

    /// <summary>The problems of a descriptor alone.</summary>
    public static List<string> DescriptorProblems(JsonNode descriptor)
    {
        var problems = new List<string>();
        var result = Rules.Evaluate(descriptor, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (!result.IsValid)
        {
            problems.AddRange((result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
            if (problems.Count == 0)
            {
                problems.Add("the descriptor does not meet the v2 rules");
            }
        }

        var resources = descriptor["resources"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
        problems.AddRange(Duplicates(resources.Select(r => (string?)r["name"] ?? "")).Select(n => $"resource name '{n}' is not unique"));
        foreach (var schema in resources.Select(r => r["schema"]).OfType<JsonObject>())
        {
            var names = schema["fields"]?.AsArray().Select(f => (string?)f?["name"] ?? "").ToList() ?? [];
            problems.AddRange(Duplicates(names).Select(n => $"field name '{n}' is not unique"));
            foreach (var key in Keys(schema).SelectMany(k => k.Fields).Where(k => !names.Contains(k)))
            {
                problems.Add($"key field '{key}' is not a field");
            }
        }

        return problems;
    }

    /// <summary>The problems of the CSV <paramref name="text"/> (a leading byte order mark allowed) against <paramref name="schema"/>.</summary>
    public static List<string> TableProblems(JsonObject schema, string text)
    {
        var problems = new List<string>();
        var rows = CsvReader.Parse(text.TrimStart('\uFEFF'));
        var fields = schema["fields"]!.AsArray().Select(f => f!.AsObject()).ToList();
        var names = fields.Select(f => (string)f["name"]!).ToList();
        if (rows.Count == 0 || !rows[0].SequenceEqual(names))
        {
            problems.Add($"header [{string.Join(",", rows.FirstOrDefault() ?? [])}] is not the field names [{string.Join(",", names)}]");
            return problems;
        }

        var schemaMissing = MissingValues(schema["missingValues"]) ?? [""];
        var keys = Keys(schema).Select(k => (k.Primary, Fields: k.Fields.Select(f => names.IndexOf(f)).ToList(), Seen: new HashSet<string>(StringComparer.Ordinal))).ToList();
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Length != names.Count)
            {
                problems.Add($"row {r + 1}: {row.Length} cells for {names.Count} fields");
                continue;
            }

            for (var c = 0; c < fields.Count; c++)
            {
                var field = fields[c];
                var cell = row[c];
                var constraints = field["constraints"] as JsonObject;
                if ((MissingValues(field["missingValues"]) ?? schemaMissing).Contains(cell))
                {
                    if ((bool?)constraints?["required"] == true)
                    {
                        problems.Add($"row {r + 1}: '{names[c]}' is required but missing ('{cell}')");
                    }

                    continue;
                }

                var type = (string?)field["type"] ?? "any";
                if (!IsOfType(cell, type))
                {
                    problems.Add($"row {r + 1}: '{names[c]}' is '{cell}', not a {type}");
                }

                if (constraints?["enum"] is JsonArray values && !values.Select(v => (string?)v).Contains(cell))
                {
                    problems.Add($"row {r + 1}: '{names[c]}' is '{cell}', not one of its enum");
                }

                if ((string?)constraints?["pattern"] is { } pattern && !Regex.IsMatch(cell, $"^(?:{pattern})$"))
                {
                    problems.Add($"row {r + 1}: '{names[c]}' is '{cell}', which does not match {pattern}");
                }
            }

            foreach (var (primary, columns, seen) in keys)
            {
                if (primary && columns.Any(i => schemaMissing.Contains(row[i])))
                {
                    problems.Add($"row {r + 1}: a primary key field is missing");
                }

                if (!seen.Add(string.Join('\u001f', columns.Select(i => row[i]))))
                {
                    problems.Add($"row {r + 1}: key ({string.Join(", ", columns.Select(i => row[i]))}) repeats an earlier row");
                }
            }
        }

        return problems;
    }

    /// <summary>Whether <paramref name="cell"/> is a lexical value of the Table Schema <paramref name="type"/> (only the types we publish, and 'any').</summary>
    public static bool IsOfType(string cell, string type) => type switch
    {
        "string" or "any" => true,
        "integer" => IntegerPattern().IsMatch(cell),
        "number" => NumberPattern().IsMatch(cell) || cell is "NaN" or "INF" or "-INF",
        "year" => YearPattern().IsMatch(cell),
        "boolean" => cell is "true" or "True" or "TRUE" or "1" or "false" or "False" or "FALSE" or "0",
        "date" => DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };

    private static List<string>? MissingValues(JsonNode? node) =>
        node is JsonArray array ? array.Select(v => v is JsonObject o ? (string)o["value"]! : (string)v!).ToList() : null;

    private static IEnumerable<(bool Primary, List<string> Fields)> Keys(JsonObject schema)
    {
        switch (schema["primaryKey"])
        {
            case JsonArray primary:
                yield return (true, primary.Select(f => (string)f!).ToList());
                break;
            case JsonValue single:
                yield return (true, [(string)single!]);
                break;
        }

        foreach (var key in schema["uniqueKeys"]?.AsArray() ?? [])
        {
            yield return (false, key!.AsArray().Select(f => (string)f!).ToList());
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> names) => names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

    [GeneratedRegex(@"\A[+-]?[0-9]+\z")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"\A[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\z")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\A[0-9]{4}\z")]
    private static partial Regex YearPattern();
}
