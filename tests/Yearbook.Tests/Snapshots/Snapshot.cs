using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Yearbook.Tests.Snapshots;

/// <summary>
/// Golden-file assertions in Verify's style: a text is compared to <c>&lt;Test&gt;.verified.&lt;ext&gt;</c>
/// beside the test's source file. On a mismatch the text is written to <c>.received.</c> (git-ignored)
/// and the test fails with the first differing lines; with <c>YEARBOOK_ACCEPT=1</c> the verified file
/// is overwritten instead. Verified files are read by a person before they are committed.
/// </summary>
public static class Snapshot
{
    /// <summary>Asserts that <paramref name="actual"/> matches its verified file.</summary>
    /// <param name="actual">The text.</param>
    /// <param name="extension">The file extension, e.g. <c>html</c>.</param>
    /// <param name="name">A suffix for tests that take several snapshots (theory cases).</param>
    /// <param name="sourceFile">Filled by the compiler.</param>
    /// <param name="testName">Filled by the compiler.</param>
    public static void Match(string actual, string extension, string? name = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        var folder = Path.GetDirectoryName(sourceFile)!;
        var baseName = $"{Path.GetFileNameWithoutExtension(sourceFile)}.{testName}{(name is null ? "" : "_" + Sanitize(name))}";
        var verified = Path.Combine(folder, $"{baseName}.verified.{extension}");
        var received = Path.Combine(folder, $"{baseName}.received.{extension}");
        actual = Normalize(actual);

        if (Environment.GetEnvironmentVariable("YEARBOOK_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        throw new XunitException(expected is null
            ? $"No verified file {verified}; wrote {received}. Read it, then rename it or run with YEARBOOK_ACCEPT=1."
            : $"{Path.GetFileName(verified)} differs; wrote {received}.\n{Diff(expected, actual)}");
    }

    /// <summary>The first differing lines, unified-diff style, with two lines of context.</summary>
    public static string Diff(string expected, string actual, int maxLines = 12)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var first = 0;
        while (first < a.Length && first < b.Length && a[first] == b[first])
        {
            first++;
        }

        var builder = new StringBuilder($"@@ line {first + 1} @@\n");
        for (var i = Math.Max(0, first - 2); i < first; i++)
        {
            builder.Append("  ").Append(a[i]).Append('\n');
        }

        for (var i = first; i < Math.Min(a.Length, first + maxLines); i++)
        {
            builder.Append("- ").Append(a[i]).Append('\n');
        }

        for (var i = first; i < Math.Min(b.Length, first + maxLines); i++)
        {
            builder.Append("+ ").Append(b[i]).Append('\n');
        }

        return builder.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static string Sanitize(string name) => string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
