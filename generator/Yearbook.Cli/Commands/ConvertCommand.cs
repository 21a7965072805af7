using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Unicode;
using Yearbook.Conversion;

[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Yearbook.Conversion.Tests")]

namespace Yearbook.Cli.Commands;

/// <summary>
/// <c>yearbook convert -c CONFIG [FILE …]</c>: converts files (or standard input) to standard
/// output with an OpenCC config; <c>yearbook convert --site SITE [--to hans|hant] [FILE …]</c>
/// converts them as that site publishes text (its variant, glossary and <c>-{…}-</c> markup), line by line.
/// With a config, Bytes are streamed: everything a dictionary does not match, line
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
            Description = "OpenCC config: " + string.Join(", ", ChineseConverter.StockConfigs) + " (with or without .json). Required unless --site is given.",
            HelpName = "CONFIG",
        };
        var site = new Option<string>("--site")
        {
            Description = "Convert as this site publishes: its conversion.variant, glossary and -{…}- markup.",
            HelpName = "SITE",
        };
        var to = new Option<string>("--to")
        {
            Description = "With --site: the edition's script, hans or hant (default: the one the site does not write in).",
            HelpName = "SCRIPT",
        };
        to.AcceptOnlyFromAmong("hans", "hant");
        var files = new Argument<string[]>("FILE")
        {
            Description = "Files to convert, in order, to standard output. Without any, standard input is converted.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("convert", "Convert Chinese text between Simplified and Traditional script (OpenCC-compatible).")
        {
            config,
            site,
            to,
            files,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(config) is null) == (result.GetValue(site) is null))
            {
                result.AddError("Give either -c CONFIG (an OpenCC config) or --site SITE (convert as that site publishes).");
            }
        });
        command.SetAction(parseResult =>
        {
            var siteFolder = parseResult.GetValue(site);
            var configName = parseResult.GetValue(config);

            if (siteFolder is not null)
            {
                return RunForSite(siteFolder, parseResult.GetValue(to), parseResult.GetValue(files) ?? [], Console.In, Console.Out, Console.Error);
            }

            ChineseConverter converter;
            try
            {
                converter = ChineseConverter.Create(configName!);
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

    /// <summary>
    /// Converts each path ("-" or none for standard input) as the site in <paramref name="siteFolder"/>
    /// publishes text in the edition of <paramref name="script"/> (by default the other script than the
    /// site's <c>default_script</c>); returns the exit code. Problems with the site's settings or
    /// glossary are printed as diagnostics and nothing is converted.
    /// </summary>
    internal static int RunForSite(string siteFolder, string? script, IReadOnlyList<string> paths, TextReader input, TextWriter output, TextWriter error)
    {
        var diagnostics = new Yearbook.Diagnostics.DiagnosticBag();
        var converter = Yearbook.Editions.EditionConverter.ForSite(siteFolder, script, diagnostics);
        DiagnosticPrinter.Print(diagnostics.Sorted, siteFolder, error);
        if (converter is null)
        {
            return 1;
        }

        var from = converter.Edition.Other.Script;
        foreach (string path in paths.Count == 0 ? ["-"] : paths)
        {
            try
            {
                using var reader = path == "-" ? null : new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
                var text = (reader ?? input).ReadToEnd();
                // Line by line, as the site converts (-{…}- markup closes on its own line); line endings kept.
                var lines = text.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    output.Write(converter.Convert(lines[i], from));
                    if (i < lines.Length - 1)
                    {
                        output.Write('\n');
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                error.WriteLine($"yearbook convert: {(path == "-" ? "<stdin>" : path)}: {e.Message}");
                return 1;
            }
        }

        output.Flush();
        return 0;
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
