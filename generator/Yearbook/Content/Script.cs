namespace Yearbook.Content;

/// <summary>The script a text is written in.</summary>
public enum Script
{
    /// <summary>Simplified Chinese (简体).</summary>
    Hans,

    /// <summary>Traditional Chinese (繁體).</summary>
    Hant,
}
