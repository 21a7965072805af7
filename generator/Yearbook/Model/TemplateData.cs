using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Yearbook.Model;

/// <summary>
/// A type of the template contract: what a theme's templates read of a page. Templates name each public property in
/// camelCase (<c>BodyHtml</c> is <c>chapter.bodyHtml</c>); themes/default/README.md documents every one, and a test
/// checks the two against each other.
/// </summary>
internal interface ITemplateData;

/// <summary>
/// Marks the data of one page kind (<see cref="Page.Kind"/>): its properties are the top-level names the kind's layout
/// sees besides those of every edition page (<see cref="EditionPageData"/>).
/// </summary>
/// <param name="kind">The page kind, which is also its layout's name.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class PageKindAttribute(string kind) : Attribute
{
    /// <summary>The page kind, which is also its layout's name.</summary>
    public string Kind { get; } = kind;
}

/// <summary>One field of a template data type: its name as templates write it, and a compiled getter.</summary>
/// <param name="Name">The name templates use: the property's name in camelCase.</param>
/// <param name="Property">The property it reads.</param>
/// <param name="Read">Reads the property of an instance, boxed.</param>
internal sealed record TemplateField(string Name, PropertyInfo Property, Func<object, object?> Read);

/// <summary>
/// The fields of the template data types, found once per type for the whole process with getters compiled from
/// expression trees: reading through reflection on each access made a chapter page render several times slower.
/// </summary>
internal static class TemplateFields
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<TemplateField>> s_byType = new();

    /// <summary>The fields of <paramref name="type"/> (an <see cref="ITemplateData"/>), in declaration order.</summary>
    public static IReadOnlyList<TemplateField> Of(Type type) => s_byType.GetOrAdd(type, Compile);

    /// <summary>The name templates use for the property <paramref name="property"/>: <c>BodyHtml</c> → <c>bodyHtml</c>.</summary>
    public static string Name(string property) => string.Concat(property[..1].ToLowerInvariant(), property.AsSpan(1));

    /// <summary>The fields of <paramref name="data"/> by name (a page's top-level names), with <paramref name="room"/> for more.</summary>
    public static Dictionary<string, object?> Values(ITemplateData data, int room = 0)
    {
        var fields = Of(data.GetType());
        var values = new Dictionary<string, object?>(fields.Count + room, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            values[field.Name] = field.Read(data);
        }

        return values;
    }

    private static IReadOnlyList<TemplateField> Compile(Type type)
    {
        var target = Expression.Parameter(typeof(object), "target");
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => new TemplateField(Name(p.Name), p,
                Expression.Lambda<Func<object, object?>>(Expression.Convert(Expression.Property(Expression.Convert(target, type), p), typeof(object)), target).Compile()))
            .ToList();
    }
}
