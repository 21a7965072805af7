using System.Runtime.InteropServices;

namespace Yearbook.Output;

/// <summary>
/// Puts a new folder in the place of an old one. On Linux both names are exchanged in one atomic
/// step (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>), so at every instant the output path holds a
/// complete site, whenever the process is killed. Elsewhere the old folder is first moved aside; a
/// build killed between the two moves leaves it there, and <see cref="Recover"/> puts it back.
/// </summary>
internal static partial class FolderSwap
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint Exchange = 2; // RENAME_EXCHANGE

    /// <summary>Moves <paramref name="replacement"/> to <paramref name="target"/>; the old target ends at <paramref name="replacement"/>'s path, or at <paramref name="aside"/>.</summary>
    /// <returns>The path the old folder now has, or null when there was none.</returns>
    public static string? Replace(string target, string replacement, string aside)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(replacement, target);
            return null;
        }

        if (OperatingSystem.IsLinux() && TryExchange(replacement, target))
        {
            return replacement;
        }

        Directory.Move(target, aside);
        Directory.Move(replacement, target);
        return aside;
    }

    /// <summary>Puts back a folder a killed build moved aside and never replaced.</summary>
    public static void Recover(string target, IEnumerable<string> asides)
    {
        foreach (var aside in asides.Order(StringComparer.Ordinal))
        {
            if (!Directory.Exists(target))
            {
                Directory.Move(aside, target);
            }
            else
            {
                Directory.Delete(aside, recursive: true);
            }
        }
    }

    private static bool TryExchange(string first, string second)
    {
        try
        {
            return RenameAt2(CurrentDirectory, first, CurrentDirectory, second, Exchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // An old C library, or not glibc: the two-step move is the fallback.
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
