namespace MsClr.Kit.Data.Metrabs;

/// <summary>A file a batch import skipped, with the reason.</summary>
/// <param name="File">The file's path.</param>
/// <param name="Error">The error message (it names the file, and the shape or field where it applies).</param>
public sealed record MetrabsImportFailure(string File, string Error);
