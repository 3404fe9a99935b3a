namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// Replaces the block between <c>&lt;!-- results:start --&gt;</c> and <c>&lt;!-- results:end --&gt;</c> of a Markdown file
/// (the README) with text generated from the results store, so no measured number is ever typed by hand.
/// </summary>
public static class ReadmeResults
{
    /// <summary>The line that opens the generated block.</summary>
    public const string StartMarker = "<!-- results:start -->";

    /// <summary>The line that closes the generated block.</summary>
    public const string EndMarker = "<!-- results:end -->";

    /// <summary>Writes <paramref name="generated"/> between the markers of <paramref name="markdownPath"/> (atomically).</summary>
    /// <exception cref="InvalidDataException">The file lacks one of the markers, or has them in the wrong order.</exception>
    public static void Update(string markdownPath, string generated)
    {
        var text = File.ReadAllText(markdownPath);
        var start = text.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidDataException($"{markdownPath}: expected a '{StartMarker}' line followed by a '{EndMarker}' line");
        }

        var updated = text[..(start + StartMarker.Length)] + "\n" + generated.TrimEnd() + "\n" + text[end..];
        AtomicFile.WriteAllText(markdownPath, updated);
    }
}
