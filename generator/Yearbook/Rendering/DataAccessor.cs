using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Yearbook.Rendering;

/// <summary>
/// Reads the fields of the page data's anonymous objects through compiled getters, one set per type for
/// the whole process. Scriban's own accessor goes through reflection for each read, which made a chapter
/// page render several times slower than it did with Handlebars.
/// </summary>
internal sealed class DataAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, DataAccessor> s_byType = new();

    private readonly Dictionary<string, Func<object, object?>> _getters;

    private DataAccessor(Type type)
    {
        _getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        var target = Expression.Parameter(typeof(object), "target");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var read = Expression.Convert(Expression.Property(Expression.Convert(target, type), property), typeof(object));
            _getters[property.Name] = Expression.Lambda<Func<object, object?>>(read, target).Compile();
        }

        Names = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();
    }

    /// <summary>The type's fields in declaration order, for error messages.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The accessor of the page data's anonymous type <paramref name="type"/>, or null for any other type.</summary>
    public static DataAccessor? For(Type type) =>
        type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false) && type.Name.Contains("AnonymousType", StringComparison.Ordinal)
            ? s_byType.GetOrAdd(type, t => new DataAccessor(t))
            : null;

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
