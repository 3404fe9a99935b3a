namespace MsClr.Kit.Data.Preparation;

/// <summary>Where a preparation run stands; reported once before the first file and once per file, in output order.</summary>
/// <param name="FilesDone">Files finished (converted or failed), 0..<paramref name="FilesTotal"/>.</param>
/// <param name="FilesTotal">Files to convert after the dataset and missing-list filters.</param>
/// <param name="CurrentFile">The file just finished; null in the first report.</param>
/// <param name="Failures">Files failed so far.</param>
public readonly record struct PreparationProgress(int FilesDone, int FilesTotal, string? CurrentFile, int Failures);
