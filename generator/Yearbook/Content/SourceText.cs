using System.Text;
using Yearbook.Diagnostics;

namespace Yearbook.Content;

/// <summary>
/// Reads a text file the way editors save them: UTF-8 with or without a BOM, CRLF or LF. Anything
/// else (GB18030 from old Windows editors, NUL bytes) becomes a diagnostic, never a crash or mojibake.
/// </summary>
public static class SourceText
{
    /// <summary>Files larger than this are refused: no chapter is this long, and it bounds memory.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="fullPath"/>; returns null and reports when it is not usable text.</summary>
    public static string? Read(string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileRejected,
                    $"the file is {info.Length / (1024 * 1024)} MB; files over {MaxBytes / (1024 * 1024)} MB are not read",
                    new SourceLocation(relativePath));
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.SiteUnreadable, CannotRead(ex, "file"), new SourceLocation(relativePath));
            return null;
        }

        return Decode(bytes, relativePath, diagnostics);
    }

    /// <summary>Why a file or folder of the site could not be read, in an editor's words.</summary>
    internal static string CannotRead(Exception ex, string what) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException =>
            $"the {what} was listed but could not be opened: it was removed or renamed while the site was being read, or it is a link to nothing; build again once the files are in place",
        UnauthorizedAccessException => $"the {what} cannot be read: permission denied (the user running the build may not read it)",
        _ => $"the {what} cannot be read: {ex.Message.Split(" : '")[0].TrimEnd('.')}",
    };

    /// <summary>Decodes bytes as UTF-8 (BOM dropped, CRLF and CR normalised to LF).</summary>
    public static string? Decode(byte[] bytes, string relativePath, DiagnosticBag diagnostics)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            var (line, column) = LineAndColumnOfByte(bytes, start, offset);
            var legacy = DecodeLineAsGb18030(bytes, start, offset);
            var hint = legacy is null ? "" : $" It looks like GB18030/GBK; this line reads “{legacy}”;";
            diagnostics.Error(DiagnosticCodes.NotUtf8,
                $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}).{hint} re-save it as UTF-8",
                new SourceLocation(relativePath, line, column));
            return null;
        }

        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            var (line, column) = LineAndColumn(text, nul);
            diagnostics.Error(DiagnosticCodes.FileRejected, "the file holds a NUL character; it is not a text file",
                new SourceLocation(relativePath, line, column));
            return null;
        }

        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    /// <summary>The 1-based line and column of a character index in a text.</summary>
    public static (int Line, int Column) LineAndColumn(string text, int index)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static (int Line, int Column) LineAndColumnOfByte(byte[] bytes, int start, int offset)
    {
        int line = 1, lineStart = start;
        for (var i = start; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters of the valid UTF-8 before the bad byte, not bytes.
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1;
        return (line, column);
    }

    /// <summary>The line holding <paramref name="offset"/> decoded as GB18030, when it is valid GB18030 with Chinese in it.</summary>
    private static string? DecodeLineAsGb18030(byte[] bytes, int start, int offset)
    {
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(start, offset - 1)) + 1;
        lineStart = Math.Max(lineStart, start);
        var lineEnd = Array.IndexOf(bytes, (byte)'\n', offset);
        var length = (lineEnd < 0 ? bytes.Length : lineEnd) - lineStart;
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var gb = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var decoded = gb.GetString(bytes, lineStart, Math.Min(length, 200)).TrimEnd('\r');
            return decoded.Any(c => c is >= '\u4E00' and <= '\u9FFF') ? decoded : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
