using MsClr.Kit.Data.Clips;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Experiments;

/// <summary>
/// The clips an experiment reads: its benchmark's training or test split, from the data folder of its budget
/// (<see cref="SyntheticStore.Dataset(Data.Benchmark, Budget)"/>). Every experiment and evaluation protocol loads through
/// here, so none can read another budget's synthetic files.
/// </summary>
public static class ExperimentClips
{
    /// <summary>Builds the synthetic store files of <paramref name="spec"/>'s budget for <paramref name="formats"/> when
    /// they are missing (nothing for NTU, whose stores <c>msclr prep</c> makes).</summary>
    public static void Ensure(string dataRoot, ExperimentSpec spec, IReadOnlyList<SkeletonFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Benchmark.IsSynthetic)
        {
            SyntheticStore.Ensure(dataRoot, spec.Budget.SyntheticData(), formats);
        }
    }

    /// <summary>The training split of <paramref name="spec"/>'s benchmark in <paramref name="formats"/>.</summary>
    public static MultiFormatClips Training(string dataRoot, ExperimentSpec spec, IEnumerable<SkeletonFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ClipLoader.Load(dataRoot, SyntheticStore.Dataset(spec.Benchmark, spec.Budget), formats, spec.Benchmark.IsTraining);
    }

    /// <summary>The test split of <paramref name="spec"/>'s benchmark in <paramref name="formats"/>.</summary>
    public static MultiFormatClips Test(string dataRoot, ExperimentSpec spec, IEnumerable<SkeletonFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ClipLoader.Load(dataRoot, SyntheticStore.Dataset(spec.Benchmark, spec.Budget), formats, spec.Benchmark.IsTest);
    }
}
