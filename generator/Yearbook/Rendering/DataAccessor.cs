using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Yearbook.Model;

namespace Yearbook.Rendering;

/// <summary>
/// Reads the fields of the page data (<see cref="ITemplateData"/> types) through the getters
/// <see cref="TemplateFields"/> compiled once per type, by the names templates use. Scriban's own accessor goes
/// through reflection for each read, which made a chapter page render several times slower than it did with Handlebars.
/// </summary>
internal sealed class DataAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, DataAccessor?> s_byType = new();

    private readonly Dictionary<string, Func<object, object?>> _getters;

    private DataAccessor(IReadOnlyList<TemplateField> fields)
    {
        _getters = fields.ToDictionary(f => f.Name, f => f.Read, StringComparer.Ordinal);
        Names = fields.Select(f => f.Name).ToList();
    }

    /// <summary>The type's fields in declaration order, for error messages.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The accessor of the page data type <paramref name="type"/>, or null for any other type.</summary>
    public static DataAccessor? For(Type type) =>
        s_byType.GetOrAdd(type, t => typeof(ITemplateData).IsAssignableFrom(t) ? new DataAccessor(TemplateFields.Of(t)) : null);

    /// <inheritdoc />
    public bool HasIndexer => false;

    /// <inheritdoc />
    public Type IndexType => typeof(string);

    /// <inheritdoc />
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    /// <inheritdoc />
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => Names;

    /// <inheritdoc />
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    /// <inheritdoc />
    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    /// <inheritdoc />
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    /// <inheritdoc />
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}
