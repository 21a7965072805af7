using System.Collections.Concurrent;

namespace Yearbook.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage. Thread-safe, because chapters are loaded and rendered in
/// parallel; <see cref="Sorted"/> gives a deterministic order for output.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>Adds an error.</summary>
    public void Error(string code, string message, SourceLocation location) =>
        _items.Enqueue(new Diagnostic(Severity.Error, code, message, location));

    /// <summary>Adds a warning.</summary>
    public void Warning(string code, string message, SourceLocation location) =>
        _items.Enqueue(new Diagnostic(Severity.Warning, code, message, location));

    /// <summary>Adds a warning whose message names the places <paramref name="related"/> (written with <see cref="SourceLocation.Format"/>).</summary>
    public void Warning(string code, string message, SourceLocation location, params SourceLocation[] related) =>
        _items.Enqueue(new Diagnostic(Severity.Warning, code, message, location) { Related = related });

    /// <summary>Adds a diagnostic made elsewhere.</summary>
    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>True when a diagnostic with <paramref name="code"/> was reported.</summary>
    public bool Has(string code) => _items.Any(d => d.Code == code);

    /// <summary>All diagnostics, ordered by path, line, column and code.</summary>
    public IReadOnlyList<Diagnostic> Sorted =>
        _items.OrderBy(d => d.Location.Path, StringComparer.Ordinal)
              .ThenBy(d => d.Location.Line)
              .ThenBy(d => d.Location.Column)
              .ThenBy(d => d.Code, StringComparer.Ordinal)
              .ThenBy(d => d.Message, StringComparer.Ordinal)
              .ToList();
}
