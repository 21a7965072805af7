namespace Yearbook.Output;

/// <summary>
/// Where the pipeline writes the site: a staging folder swapped into place for <c>build</c>
/// (<see cref="StagedOutput"/>), or the published folder itself, file by file, for <c>serve</c> (<see cref="OutputFiles"/>).
/// Paths are relative to the output folder, with forward slashes. Safe to call from several threads for different paths.
/// </summary>
internal interface IOutputSink
{
    /// <summary>Writes a UTF-8 text file.</summary>
    void WriteText(string relativePath, string text);

    /// <summary>Writes the UTF-8 text file that <paramref name="write"/> renders.</summary>
    void WriteText(string relativePath, Action<TextWriter> write);

    /// <summary>Writes bytes.</summary>
    void WriteBytes(string relativePath, byte[] bytes);

    /// <summary>Writes <paramref name="pieces"/> one after another as one file, never joined in memory.</summary>
    void WriteBytes(string relativePath, IReadOnlyList<byte[]> pieces);

    /// <summary>Copies a file into the output.</summary>
    void CopyFile(string source, string relativePath);

    /// <summary>Copies a file already written to the output to another place in it.</summary>
    void CopyOutput(string fromRelativePath, string relativePath);

    /// <summary>Removes a file the site no longer has (nothing to do in a folder that starts empty).</summary>
    void Delete(string relativePath);
}
