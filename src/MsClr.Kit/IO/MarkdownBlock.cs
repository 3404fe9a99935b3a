namespace MsClr.Kit.IO;

/// <summary>
/// A generated block of a Markdown file, between <c>&lt;!-- NAME:start --&gt;</c> and <c>&lt;!-- NAME:end --&gt;</c>: the
/// The README's results table and the benchmark and reliability tables of docs/ are written by code (never typed), and tests compare them.
/// </summary>
public static class MarkdownBlock
{
    /// <summary>The line that opens block <paramref name="name"/>.</summary>
    public static string StartMarker(string name) => $"<!-- {name}:start -->";

    /// <summary>The line that closes block <paramref name="name"/>.</summary>
    public static string EndMarker(string name) => $"<!-- {name}:end -->";

    /// <summary>The text between the markers of block <paramref name="name"/> in <paramref name="markdown"/>, trimmed.</summary>
    /// <param name="markdown">The file's text.</param>
    /// <param name="name">The block name.</param>
    /// <param name="source">The file's path or name, for the error message.</param>
    /// <exception cref="InvalidDataException">A marker is missing or the two are in the wrong order.</exception>
    public static string Read(string markdown, string name, string source)
    {
        var (start, end) = Locate(markdown, name, source);
        return markdown[(start + StartMarker(name).Length)..end].Trim();
    }

    /// <summary>Writes <paramref name="generated"/> between the markers of block <paramref name="name"/> of
    /// <paramref name="markdownPath"/> (atomically; the rest of the file is kept byte for byte).</summary>
    /// <exception cref="InvalidDataException">A marker is missing or the two are in the wrong order.</exception>
    public static void Update(string markdownPath, string name, string generated)
    {
        var text = File.ReadAllText(markdownPath);
        var (start, end) = Locate(text, name, markdownPath);
        var updated = text[..(start + StartMarker(name).Length)] + "\n" + generated.Trim() + "\n" + text[end..];
        AtomicFile.WriteAllText(markdownPath, updated);
    }

    private static (int Start, int End) Locate(string text, string name, string source)
    {
        var start = text.IndexOf(StartMarker(name), StringComparison.Ordinal);
        var end = text.IndexOf(EndMarker(name), StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidDataException($"{source}: expected a '{StartMarker(name)}' line followed by a '{EndMarker(name)}' line");
        }

        return (start, end);
    }
}
