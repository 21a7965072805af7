using System.Text;
using Yearbook.Cli.Commands;

namespace Yearbook.Conversion.Tests;

/// <summary><c>yearbook convert</c>, run in-process on streams and temporary files.</summary>
public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("yearbook-convert-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, byte[] Output, string Error) Run(string config, byte[] stdin, params string[] files)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        int exitCode = ConvertCommand.Run(ChineseConverter.Create(config), files, () => new MemoryStream(stdin), output, error);
        return (exitCode, output.ToArray(), error.ToString());
    }

    private string WriteFile(string name, byte[] content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void Standard_input_is_converted_with_line_endings_and_bom_kept()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("头发\r\nabc\n后来\r\n")];
        var (exitCode, output, error) = Run("s2t", input);
        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("頭髮\r\nabc\n後來\r\n")], output);
    }

    [Fact]
    public void Files_are_converted_in_order()
    {
        string a = WriteFile("a.txt", Encoding.UTF8.GetBytes("软件"));
        string b = WriteFile("b.txt", Encoding.UTF8.GetBytes("头发\n"));
        var (exitCode, output, _) = Run("s2twp", [], a, b);
        Assert.Equal(0, exitCode);
        Assert.Equal("軟體頭髮\n", Encoding.UTF8.GetString(output));
    }

    [Fact]
    public void Large_input_without_line_breaks_converts_like_the_library()
    {
        var converter = ChineseConverter.Create("s2t");
        string text = string.Concat(Enumerable.Repeat(string.Concat(Seeds.Texts).Replace("\n", "").Replace("\r", ""), 8));
        string path = WriteFile("big.txt", Encoding.UTF8.GetBytes(text));
        Assert.True(new FileInfo(path).Length > 3 * 65536);
        var (exitCode, output, _) = Run("s2t", [], path);
        Assert.Equal(0, exitCode);
        Assert.Equal(converter.Convert(text), Encoding.UTF8.GetString(output));
    }

    [Fact]
    public void Invalid_utf8_names_the_file_and_byte_offset_and_exits_1()
    {
        byte[] content = [.. Encoding.UTF8.GetBytes("汉字\n"), 0xB2, 0xE2, .. Encoding.UTF8.GetBytes("后")];
        string path = WriteFile("gb18030.txt", content);
        var (exitCode, output, error) = Run("s2t", [], path);
        Assert.Equal(1, exitCode);
        Assert.Contains(path, error);
        Assert.Contains("byte offset 7", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("漢字\n", Encoding.UTF8.GetString(output));
    }

    [Fact]
    public void A_sequence_cut_off_at_the_end_is_invalid_too()
    {
        byte[] content = [.. Encoding.UTF8.GetBytes("ab"), 0xE6, 0xB1];
        var (exitCode, _, error) = Run("t2s", content);
        Assert.Equal(1, exitCode);
        Assert.Contains("<stdin>", error);
        Assert.Contains("byte offset 2", error);
    }

    [Fact]
    public void A_missing_file_is_reported_without_a_stack_trace()
    {
        var (exitCode, _, error) = Run("s2t", [], Path.Combine(_folder, "missing.txt"));
        Assert.Equal(1, exitCode);
        Assert.Contains("missing.txt", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void The_command_parses_its_options()
    {
        var command = ConvertCommand.Create();
        Assert.Empty(command.Parse(["-c", "s2t.json", "a.txt", "b.txt"]).Errors);
        Assert.NotEmpty(command.Parse(["a.txt"]).Errors);
    }
}
