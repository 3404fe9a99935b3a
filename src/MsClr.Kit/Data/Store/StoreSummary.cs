using Microsoft.Data.Analysis;

namespace MsClr.Kit.Data.Store;

/// <summary>
/// DataFrames that describe a store from its <see cref="StoreIndex"/> alone (no coordinates are decoded): samples per
/// class, per split, the frame-count distribution and how many person slots are filled. Person presence comes from the
/// <c>persons_present</c> column, which <see cref="SkeletonStore"/> computes while writing.
/// </summary>
public static class StoreSummary
{
    /// <summary>The whole index, one row per sample: <c>sample_id, label, {metadata...}, frames, persons, joints, persons_present</c>.</summary>
    public static DataFrame ToDataFrame(StoreIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn(StoreSchema.SampleId, index.SampleIds),
            new Int32DataFrameColumn(StoreSchema.Label, index.Labels),
        };
        columns.AddRange(index.MetadataColumns.Select(c => new Int32DataFrameColumn(c, index.Metadata[c])));
        columns.Add(new Int32DataFrameColumn(StoreSchema.Frames, index.Frames));
        columns.Add(new Int32DataFrameColumn(StoreSchema.Persons, index.Persons));
        columns.Add(new Int32DataFrameColumn(StoreSchema.Joints, index.Joints));
        columns.Add(new Int32DataFrameColumn(StoreSchema.PersonsPresent, index.PersonsPresent));
        return new DataFrame(columns);
    }

    /// <summary>Samples per class, ordered by label: <c>label, [class,] samples</c>.</summary>
    /// <param name="index">The store's index.</param>
    /// <param name="classNames">Names by 0-based label (e.g. <c>NtuClassNames</c>); null leaves the <c>class</c> column out.</param>
    /// <exception cref="ArgumentException">A label has no name in <paramref name="classNames"/>.</exception>
    public static DataFrame PerClass(StoreIndex index, IReadOnlyList<string>? classNames = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        var groups = index.Labels.GroupBy(l => l).OrderBy(g => g.Key).ToArray();
        var columns = new List<DataFrameColumn> { new Int32DataFrameColumn("label", groups.Select(g => g.Key)) };
        if (classNames is not null)
        {
            var missing = groups.FirstOrDefault(g => g.Key < 0 || g.Key >= classNames.Count);
            if (missing is not null)
            {
                throw new ArgumentException($"StoreSummary.PerClass: label {missing.Key} has no name; {classNames.Count} class names were given (labels 0..{classNames.Count - 1})", nameof(classNames));
            }

            columns.Add(new StringDataFrameColumn("class", groups.Select(g => classNames[g.Key])));
        }

        columns.Add(new Int32DataFrameColumn("samples", groups.Select(g => g.Count())));
        return new DataFrame(columns);
    }

    /// <summary>Samples and distinct classes per split, ordered by split name: <c>split, samples, classes</c>.</summary>
    /// <param name="index">The store's index.</param>
    /// <param name="split">Names the split of a row from its metadata (splits are pure functions of metadata), e.g. <c>m =&gt; m["camera"] == 1 ? "test" : "train"</c>.</param>
    public static DataFrame PerSplit(StoreIndex index, Func<IReadOnlyDictionary<string, int>, string> split)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(split);
        var groups = Enumerable.Range(0, index.Count)
            .GroupBy(row => split(index.MetadataOf(row)) ?? throw new ArgumentException($"StoreSummary.PerSplit: the split function returned null for row {row} (sample {index.SampleIds[row]})"))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToArray();
        return new DataFrame(
            new StringDataFrameColumn("split", groups.Select(g => g.Key)),
            new Int32DataFrameColumn("samples", groups.Select(g => g.Count())),
            new Int32DataFrameColumn("classes", groups.Select(g => g.Select(row => index.Labels[row]).Distinct().Count())));
    }

    /// <summary>
    /// The frame-count distribution as one row: <c>samples, min, p25, median, p75, max, mean</c> (frames). Percentiles
    /// interpolate linearly between order statistics, as numpy's default does. An empty index gives NaN statistics.
    /// </summary>
    public static DataFrame Frames(StoreIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var sorted = index.Frames.Select(f => (double)f).Order().ToArray();
        double[] values =
        [
            Percentile(sorted, 0), Percentile(sorted, 0.25), Percentile(sorted, 0.5), Percentile(sorted, 0.75),
            Percentile(sorted, 1), sorted.Length == 0 ? double.NaN : sorted.Average(),
        ];
        string[] names = ["min", "p25", "median", "p75", "max", "mean"];
        var columns = new List<DataFrameColumn> { new Int32DataFrameColumn("samples", [sorted.Length]) };
        columns.AddRange(names.Select((n, i) => new DoubleDataFrameColumn(n, [values[i]])));
        return new DataFrame(columns);
    }

    /// <summary>
    /// Samples by number of filled person slots, one row for each count 0..max M: <c>persons_present, samples</c>.
    /// For NTU, 1 means the second person is all zero and 2 means both are present.
    /// </summary>
    public static DataFrame Persons(StoreIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var slots = index.Count == 0 ? 0 : index.Persons.Max();
        var counts = new int[slots + 1];
        foreach (var present in index.PersonsPresent)
        {
            counts[present]++;
        }

        return new DataFrame(
            new Int32DataFrameColumn(StoreSchema.PersonsPresent, Enumerable.Range(0, slots + 1)),
            new Int32DataFrameColumn("samples", counts));
    }

    /// <summary>The <paramref name="q"/>-quantile (0..1) of ascending <paramref name="sorted"/>, linear between order statistics.</summary>
    internal static double Percentile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
