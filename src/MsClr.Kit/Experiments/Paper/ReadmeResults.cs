using MsClr.Kit.IO;


namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// Replaces the block between <c>&lt;!-- results:start --&gt;</c> and <c>&lt;!-- results:end --&gt;</c> of a Markdown file
/// (the README) with text generated from the results store, so no measured number is ever typed by hand.
/// </summary>
public static class ReadmeResults
{
    /// <summary>The block's name: its markers are <c>&lt;!-- results:start --&gt;</c> and <c>&lt;!-- results:end --&gt;</c>.</summary>
    public const string BlockName = "results";

    /// <summary>The line that opens the generated block.</summary>
    public static string StartMarker => MarkdownBlock.StartMarker(BlockName);

    /// <summary>The line that closes the generated block.</summary>
    public static string EndMarker => MarkdownBlock.EndMarker(BlockName);

    /// <summary>Writes <paramref name="generated"/> between the markers of <paramref name="markdownPath"/> (atomically).</summary>
    /// <exception cref="InvalidDataException">The file lacks one of the markers, or has them in the wrong order.</exception>
    public static void Update(string markdownPath, string generated) => MarkdownBlock.Update(markdownPath, BlockName, generated);
}
