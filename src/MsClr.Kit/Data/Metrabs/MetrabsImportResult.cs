namespace MsClr.Kit.Data.Metrabs;

/// <summary>What a batch import wrote and what it skipped.</summary>
/// <param name="StorePath">The store file written (atomically: it holds exactly the <see cref="Imported"/> samples).</param>
/// <param name="Imported">Samples written to the store.</param>
/// <param name="Failures">Files skipped, each with its error, in the order they were met.</param>
public sealed record MetrabsImportResult(string StorePath, int Imported, IReadOnlyList<MetrabsImportFailure> Failures)
{
    /// <summary>Whether every file was imported.</summary>
    public bool AllImported => Failures.Count == 0;
}
