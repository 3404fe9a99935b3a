using MsClr.Kit.Data.Store;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Preparation;

/// <summary>What <see cref="MetrabsPreparation.RunAsync"/> imports and where it writes.</summary>
/// <param name="NpyFolder">Folder of MeTRAbs <c>{sample_id}_{skeleton}.npy</c> files, searched recursively.</param>
/// <param name="Format">The skeleton format of the poses (built-in or custom).</param>
/// <param name="Unit">The unit of the files' coordinates; MeTRAbs writes millimetres. Required: never guessed.</param>
/// <param name="DataRoot">The data root; the store goes to <see cref="StorePath"/>.</param>
public sealed record MetrabsPreparationOptions(string NpyFolder, SkeletonFormat Format, LengthUnit Unit, string DataRoot)
{
    /// <summary>
    /// The dataset name of the store. When it is <c>ntu60</c> or <c>ntu120</c>, samples outside that family are skipped, so
    /// every format's store of a dataset holds the same sample ids.
    /// </summary>
    public string Dataset { get; init; } = "ntu60";

    /// <summary>The skeleton name in the file names when it differs from the format's name; null: the format's name.</summary>
    public string? SkeletonName { get; init; }

    /// <summary>
    /// An NTU sample list whose samples are skipped and counted. Null: for an NTU dataset its built-in missing-skeleton list
    /// (<see cref="NtuDatasets.MissingSkeletons"/>), so that its stores hold the same sample ids as the Kinect one; none otherwise.
    /// </summary>
    public string? MissingListPath { get; init; }

    /// <summary>Frames after preprocessing. Ignored when <see cref="Preprocess"/> is false or the format has no recipe.</summary>
    public int Frames { get; init; } = 50;

    /// <summary>
    /// Apply the format's built-in <c>PreprocessingRecipe</c> when it has one (custom formats have none and are stored raw;
    /// <see cref="PreparationResult.Recipe"/> says which happened).
    /// </summary>
    public bool Preprocess { get; init; } = true;

    /// <summary>Files read at once.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>Converted files held ahead of the writer at most; at least <see cref="Workers"/>.</summary>
    public int BufferedFiles { get; init; } = 8;

    /// <summary>The store file: <c>{DataRoot}/{Dataset}/{Format.Name}.parquet</c>.</summary>
    public string StorePath => StorePaths.For(DataRoot, Dataset, Format.Name);
}
