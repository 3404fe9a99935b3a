using Microsoft.Data.Analysis;
using MsClr.Kit.Data.Preparation;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Teaching;

/// <summary>The synthetic benchmark of a budget as DataFrames, for the data notebook.</summary>
public static class DataTour
{
    /// <summary>
    /// Builds the synthetic benchmark of <paramref name="budget"/> under the kit's data root where it is missing (one
    /// store file per built-in format) and lists the files: <c>format, clips, frames, joints, megabytes, path</c>.
    /// </summary>
    public static DataFrame Ensure(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        TeachingData.Ensure(budget);
        var stores = SkeletonFormats.All.Select(f => (Format: f, Path: TeachingData.StorePath(f), Index: Index(f))).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("format", stores.Select(s => s.Format.Name)),
            new Int32DataFrameColumn("clips", stores.Select(s => s.Index.Count)),
            new Int32DataFrameColumn("frames", stores.Select(s => s.Index.Frames.DefaultIfEmpty().Max())),
            new Int32DataFrameColumn("joints", stores.Select(s => s.Format.JointCount)),
            new DoubleDataFrameColumn("megabytes", stores.Select(s => Math.Round(new FileInfo(s.Path).Length / 1e6, 2))),
            new StringDataFrameColumn("path", stores.Select(s => s.Path)));
    }

    /// <summary>Clips per action class (<c>label, class, kind, samples</c>), built first when missing.</summary>
    public static DataFrame PerClass(Budget budget)
    {
        var frame = StoreSummary.PerClass(EnsuredIndex(budget), SyntheticActions.All.Select(a => a.Name).ToArray());
        frame.Columns.Insert(2, new StringDataFrameColumn("kind", frame.Columns["label"].Cast<int?>().Select(l => SyntheticActions.All[l ?? 0].Kind.ToString())));
        return frame;
    }

    /// <summary>Train and test clips of both synthetic benchmarks (cross-subject, cross-view): <c>benchmark, split, samples, classes</c>.</summary>
    public static DataFrame PerSplit(Budget budget)
    {
        var index = EnsuredIndex(budget);
        var tables = DatasetSplits.For(SyntheticBenchmarks.Dataset, [SyntheticDataset.SubjectKey, SyntheticDataset.ViewKey])
            .Select(s => (s.Benchmark, Table: StoreSummary.PerSplit(index, s.Split)))
            .ToArray();
        var rows = tables.SelectMany(t => Enumerable.Range(0, (int)t.Table.Rows.Count).Select(r => (t.Benchmark, Row: t.Table.Rows[r]))).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("benchmark", rows.Select(r => r.Benchmark)),
            new StringDataFrameColumn("split", rows.Select(r => r.Row[0]?.ToString())),
            new Int32DataFrameColumn("samples", rows.Select(r => Convert.ToInt32(r.Row[1]))),
            new Int32DataFrameColumn("classes", rows.Select(r => Convert.ToInt32(r.Row[2]))));
    }

    /// <summary>
    /// Clip lengths before and after preprocessing: the generated clips (40–150 frames) and the stored ones, which the
    /// NTU recipe resamples to a fixed length. One row each: <c>stage, samples, min, p25, median, p75, max, mean</c>.
    /// </summary>
    public static DataFrame Frames(Budget budget)
    {
        var config = TeachingData.Config(budget);
        var raw = Enumerable.Range(0, config.Samples).Select(i => SampleRecipe.Create(config, i).Frames).ToArray();
        var stored = EnsuredIndex(budget).Frames;
        var frame = StoreSummary.Frames(FramesOnly(raw));
        frame.Append(StoreSummary.Frames(FramesOnly(stored)).Rows[0], inPlace: true);
        frame.Columns.Insert(0, new StringDataFrameColumn("stage", ["generated", "stored (preprocessed)"]));
        return frame;
    }

    /// <summary>Samples by filled person slots (two for the interaction classes): <c>persons_present, samples</c>.</summary>
    public static DataFrame Persons(Budget budget) => StoreSummary.Persons(EnsuredIndex(budget));

    private static StoreIndex EnsuredIndex(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        TeachingData.Ensure(budget, [SkeletonFormats.NtuRgbD]);
        return Index(SkeletonFormats.NtuRgbD);
    }

    private static StoreIndex Index(SkeletonFormat format) =>
        SkeletonStoreReader.Open(TeachingData.StorePath(format)).ReadIndexAsync().GetAwaiter().GetResult();

    // StoreSummary.Frames reads only the frame column, so the other columns can stay empty placeholders.
    private static StoreIndex FramesOnly(IReadOnlyList<int> frames)
    {
        var zeros = new int[frames.Count];
        return new StoreIndex([], new string[frames.Count], zeros, [], [.. frames], zeros, zeros, zeros);
    }
}
