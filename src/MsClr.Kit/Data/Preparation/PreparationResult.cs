using MsClr.Kit.Data.Preprocessing;

namespace MsClr.Kit.Data.Preparation;

/// <summary>What a preparation run (<see cref="NtuPreparation"/>, <see cref="MetrabsPreparation"/>) wrote and what it left out.</summary>
/// <param name="StorePath">The store file (<c>{dataRoot}/{dataset}/{format}.parquet</c>).</param>
/// <param name="Dataset">The dataset name written into the store, e.g. <c>ntu60</c>.</param>
/// <param name="Format">The skeleton format's name, e.g. <c>ntu-rgb+d</c>.</param>
/// <param name="StoreWritten">
/// Whether the store was (re)written. False only when no file converted: an existing store is then left as it was rather than
/// replaced by an empty one.
/// </param>
/// <param name="FilesFound">Input files found under the folder, before any filter.</param>
/// <param name="Converted">Samples written to the store.</param>
/// <param name="SkippedMissing">Files skipped because their sample is on the missing-skeleton list.</param>
/// <param name="SkippedOutsideDataset">Files skipped because their sample is not part of the dataset (e.g. A061+ or setup 18+ for NTU-60).</param>
/// <param name="Failures">Files that could not be converted, in file order, each with its error.</param>
/// <param name="Recipe">The preprocessing applied to every sample; null when raw frames were stored.</param>
public sealed record PreparationResult(
    string StorePath,
    string Dataset,
    string Format,
    bool StoreWritten,
    int FilesFound,
    int Converted,
    int SkippedMissing,
    int SkippedOutsideDataset,
    IReadOnlyList<PreparationFailure> Failures,
    PreprocessingRecipe? Recipe)
{
    /// <summary>Whether every file that passed the filters was converted.</summary>
    public bool AllConverted => Failures.Count == 0;
}

/// <summary>A file a preparation run could not convert; the run carried on without it.</summary>
/// <param name="File">The file's path.</param>
/// <param name="Error">The error message; it names the file and, where it applies, the line or field, the expected and the found value.</param>
public sealed record PreparationFailure(string File, string Error);
