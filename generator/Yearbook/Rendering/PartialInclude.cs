using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Yearbook.Rendering;

/// <summary>
/// <c>{{ include "name" }}</c> (or <c>{{ include "name" value }}</c>, the value seen in the partial as <c>name</c>): renders a partial of the theme, resolved by <see cref="ThemePartials"/>,
/// at that point of the same output with the same names in scope. It replaces Scriban's own include,
/// which renders into a string that the escaping would then escape, and parses each partial per context
/// rather than once per theme. One instance serves every thread: it keeps no state of its own.
/// </summary>
internal sealed class PartialInclude(Theme owner, ThemePartials partials) : IScriptCustomFunction
{
    /// <summary>Deep enough for any sensible theme; a partial that includes itself stops here, not with a stack overflow.</summary>
    private const int MaxDepth = 16;

    /// <inheritdoc />
    public int RequiredParameterCount => 1;

    /// <inheritdoc />
    public int ParameterCount => 1;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct; // the arguments as written: no optional one to fill per call

    /// <inheritdoc />
    public Type ReturnType => typeof(void);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? new(typeof(string), "name") : new(typeof(object), "value");

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count is not (1 or 2) || arguments[0] is not string name)
        {
            throw new ScriptRuntimeException(span, "include takes the name of one partial, in quotes, and may hand it one value: include \"header\", include \"downloads\" honors");
        }

        // The loader checks the name (it throws on one that could leave partials/); the partial itself was
        // loaded through it and compiled with the theme, and is looked up by name, with no path built per page.
        if (!ThemePartials.IsName(name))
        {
            partials.GetPath(context, span, name);
        }

        if (!owner.Partials.TryGetValue(name, out var partial))
        {
            throw new ScriptRuntimeException(span, $"the theme has no partial '{name}' (partials/{name}{ThemePartials.Extension})");
        }

        var theme = (ThemeContext)context;
        if (theme.IncludeDepth == MaxDepth)
        {
            throw new ScriptRuntimeException(span, $"partials include each other more than {MaxDepth} deep (does '{name}' include itself?)");
        }

        // A value handed to the partial is seen there under the partial's own name, for as long as it renders.
        var names = theme.Names;
        var given = arguments.Count == 2;
        var hidden = given && names.TryGetValue(name, out var outer) ? outer : null;
        if (given)
        {
            names.SetValue(name, arguments[1], readOnly: false);
        }

        theme.IncludeDepth++;
        try
        {
            theme.RunIndented(partial);
        }
        finally
        {
            theme.IncludeDepth--;
            if (given)
            {
                names.Remove(name);
                if (hidden is not null)
                {
                    names.SetValue(name, hidden, readOnly: false);
                }
            }
        }

        return null;
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
