using MsClr.Kit.Data.Ntu;

namespace MsClr.Kit.Data.Preparation;

/// <summary>The two filters gendata applies before converting: the dataset family and the missing-skeleton list.</summary>
internal sealed class SampleFilter
{
    private readonly NtuDataset? _dataset;
    private readonly HashSet<NtuSampleId> _missing;

    private SampleFilter(NtuDataset? dataset, HashSet<NtuSampleId> missing)
    {
        _dataset = dataset;
        _missing = missing;
    }

    public enum Decision
    {
        Keep,
        Missing,
        OutsideDataset,
    }

    /// <summary>
    /// A filter for <paramref name="dataset"/> (null: any sample) and the missing-skeleton list at
    /// <paramref name="missingListPath"/>; without a path, the dataset's built-in list (<see cref="NtuDatasets.MissingSkeletons"/>),
    /// and none when the dataset is unknown too.
    /// </summary>
    public static SampleFilter Create(NtuDataset? dataset, string? missingListPath) =>
        new(dataset, (missingListPath, dataset) switch
        {
            ({ } path, _) => [.. NtuSampleLists.ReadIds(path)],
            (null, { } family) => [.. NtuDatasets.MissingSkeletons(family)],
            _ => [],
        });

    /// <summary>What to do with the sample named by <paramref name="id"/>.</summary>
    public Decision Decide(NtuSampleId id)
    {
        if (_dataset is { } dataset && !NtuDatasets.Contains(dataset, id))
        {
            return Decision.OutsideDataset;
        }

        return _missing.Contains(id) ? Decision.Missing : Decision.Keep;
    }

    /// <summary>
    /// Splits <paramref name="files"/> (kept in order) into those to convert and the skip counts. A file whose name gives no
    /// id (<paramref name="idOf"/> returns null) is kept, so that its conversion fails and reports the name.
    /// </summary>
    public (List<string> Kept, int Missing, int Outside) Apply(IEnumerable<string> files, Func<string, NtuSampleId?> idOf)
    {
        var kept = new List<string>();
        var (missing, outside) = (0, 0);
        foreach (var file in files)
        {
            switch (idOf(file) is { } id ? Decide(id) : Decision.Keep)
            {
                case Decision.Missing:
                    missing++;
                    break;
                case Decision.OutsideDataset:
                    outside++;
                    break;
                default:
                    kept.Add(file);
                    break;
            }
        }

        return (kept, missing, outside);
    }
}
