using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Preparation;

/// <summary>
/// What <see cref="NtuPreparation.RunAsync"/> converts and where it writes. Defaults are the official pipeline: NTU-60,
/// the first two bodies per frame, the official preprocessing to 50 frames.
/// </summary>
/// <param name="RawFolder">Folder holding the <c>.skeleton</c> files, searched recursively.</param>
/// <param name="DataRoot">The data root; the store goes to <see cref="StorePath"/>.</param>
public sealed record NtuPreparationOptions(string RawFolder, string DataRoot)
{
    /// <summary>The benchmark family: NTU-60 keeps actions 1..60 of setups 1..17, NTU-120 keeps every sample.</summary>
    public NtuDataset Dataset { get; init; } = NtuDataset.Ntu60;

    /// <summary>An NTU "samples with missing skeletons" list (<see cref="NtuSampleLists"/>); its samples are skipped and counted. Null: the dataset's built-in list (<see cref="NtuDatasets.MissingSkeletons"/>).</summary>
    public string? MissingListPath { get; init; }

    /// <summary>How the two body slots are filled; the official gendata uses <see cref="BodySelection.OfficialFirstTwo"/>.</summary>
    public BodySelection BodySelection { get; init; } = BodySelection.OfficialFirstTwo;

    /// <summary>Frames after the official preprocessing (paper: 50). Ignored when <see cref="Preprocess"/> is false.</summary>
    public int Frames { get; init; } = 50;

    /// <summary>
    /// Apply <c>PreprocessingRecipe.For(ntu-rgb+d, Frames)</c> (valid length, centring on SpineShoulder, resize, shoulder
    /// rotation). False stores the raw gendata frames (at most 300, in camera space).
    /// </summary>
    public bool Preprocess { get; init; } = true;

    /// <summary>Files parsed at once. Two keeps a 114,480-file run from taking over the machine; the writer is a third thread.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>Converted files held ahead of the writer at most (bounded buffering); at least <see cref="Workers"/>.</summary>
    public int BufferedFiles { get; init; } = 8;

    /// <summary>The store file: <c>{DataRoot}/{ntu60|ntu120}/ntu-rgb+d.parquet</c>.</summary>
    public string StorePath => StorePaths.For(DataRoot, NtuDatasets.Name(Dataset), SkeletonFormats.NtuRgbD.Name);
}
