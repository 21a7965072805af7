using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Unicode;
using Yearbook.Conversion;

[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Yearbook.Conversion.Tests")]

namespace Yearbook.Cli.Commands;

/// <summary>
/// <c>yearbook convert -c CONFIG [FILE …]</c>: converts files (or standard input) to standard
/// output with an OpenCC config. Bytes are streamed: everything a dictionary does not match, line
/// endings included, comes out byte for byte; a phrase is never cut at a buffer boundary; invalid
/// UTF-8 stops with the file and byte offset, exit code 1.
/// </summary>
public static class ConvertCommand
{
    private const int BlockSize = 1 << 16;

    /// <summary>The <c>convert</c> command, ready to add to the root command.</summary>
    public static Command Create()
    {
        var config = new Option<string>("--config", "-c")
        {
            Description = "OpenCC config: " + string.Join(", ", ChineseConverter.StockConfigs) + " (with or without .json).",
            HelpName = "CONFIG",
            Required = true,
        };
        var files = new Argument<string[]>("FILE")
        {
            Description = "Files to convert, in order, to standard output. Without any, standard input is converted.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("convert", "Convert Chinese text between Simplified and Traditional script (OpenCC-compatible).")
        {
            config,
            files,
        };
        command.SetAction(parseResult =>
        {
            ChineseConverter converter;
            try
            {
                converter = ChineseConverter.Create(parseResult.GetRequiredValue(config));
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"yearbook convert: {e.Message}");
                return 2;
            }
            var paths = parseResult.GetValue(files) ?? [];
            return Run(converter, paths, Console.OpenStandardInput, Console.OpenStandardOutput(), Console.Error);
        });
        return command;
    }

    /// <summary>Converts each path ("-" or none for standard input) to <paramref name="output"/>; returns the exit code.</summary>
    internal static int Run(ChineseConverter converter, IReadOnlyList<string> paths, Func<Stream> openInput, Stream output, TextWriter error)
    {
        using var stdout = new BufferedStream(output, BlockSize);
        try
        {
            foreach (string path in paths.Count == 0 ? ["-"] : paths)
            {
                string name = path == "-" ? "<stdin>" : path;
                Stream input;
                try
                {
                    input = path == "-" ? openInput() : File.OpenRead(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"yearbook convert: {name}: {e.Message}");
                    return 1;
                }
                using (input)
                {
                    if (!ConvertStream(converter, input, stdout, name, error))
                    {
                        return 1;
                    }
                }
            }
        }
        catch (IOException e)
        {
            // A closed pipe (| head) or a full disk: say so once, without a stack trace.
            error.WriteLine($"yearbook convert: {e.Message}");
            return 1;
        }
        stdout.Flush();
        return 0;
    }

    /// <summary>
    /// Decodes UTF-8 strictly block by block, converts what cannot change any more
    /// (<see cref="ChineseConverter.ConvertPartial"/>) and carries the rest to the next block.
    /// </summary>
    private static bool ConvertStream(ChineseConverter converter, Stream input, Stream output, string name, TextWriter error)
    {
        var bytes = new byte[BlockSize];
        int carriedBytes = 0;
        long offset = 0; // byte offset in the file of bytes[0]
        char[] chars = new char[BlockSize * 2];
        int charCount = 0;
        var converted = new ArrayBufferWriter<char>(BlockSize * 2);
        byte[] encoded = new byte[BlockSize * 6];
        while (true)
        {
            int read = input.Read(bytes, carriedBytes, bytes.Length - carriedBytes);
            bool final = read == 0;
            int available = carriedBytes + read;

            if (chars.Length - charCount < available)
            {
                Array.Resize(ref chars, Math.Max(chars.Length * 2, charCount + available));
            }
            var status = Utf8.ToUtf16(bytes.AsSpan(0, available), chars.AsSpan(charCount), out int bytesRead, out int charsWritten,
                replaceInvalidSequences: false, isFinalBlock: final);
            charCount += charsWritten;
            if (status == OperationStatus.InvalidData || (final && bytesRead < available))
            {
                Write(converter, chars.AsSpan(0, charCount), converted, ref encoded, output, isFinal: true);
                output.Flush();
                error.WriteLine($"yearbook convert: {name}: invalid UTF-8 at byte offset {offset + bytesRead}; convert the file to UTF-8 first (e.g. iconv -f GB18030 -t UTF-8).");
                return false;
            }
            // An incomplete sequence at the end of the block waits for the next read.
            carriedBytes = available - bytesRead;
            bytes.AsSpan(bytesRead, carriedBytes).CopyTo(bytes);
            offset += bytesRead;

            int consumed = Write(converter, chars.AsSpan(0, charCount), converted, ref encoded, output, final);
            chars.AsSpan(consumed, charCount - consumed).CopyTo(chars);
            charCount -= consumed;
            if (final)
            {
                return true;
            }
        }
    }

    private static int Write(ChineseConverter converter, ReadOnlySpan<char> text, ArrayBufferWriter<char> converted, ref byte[] encoded, Stream output, bool isFinal)
    {
        converted.ResetWrittenCount();
        int consumed = converter.ConvertPartial(text, converted, isFinal);
        int needed = Encoding.UTF8.GetMaxByteCount(converted.WrittenCount);
        if (encoded.Length < needed)
        {
            encoded = new byte[needed];
        }
        int length = Encoding.UTF8.GetBytes(converted.WrittenSpan, encoded);
        output.Write(encoded, 0, length);
        return consumed;
    }
}
