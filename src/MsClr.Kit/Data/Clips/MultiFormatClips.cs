using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Clips;

/// <summary>
/// The same clips in several formats, row-aligned: row i of every format is the same clip (same sample id and
/// label), which is what lets a batch take its query from one format and its key from another.
/// </summary>
public sealed class MultiFormatClips : IDisposable
{
    private readonly Dictionary<string, ClipTensors> _byFormat;

    /// <summary>Aligns <paramref name="perFormat"/> by sample id: clips missing from any format are dropped, order follows the
    /// first. Takes ownership of the given sets (they are disposed with this object or when re-ordered).</summary>
    /// <exception cref="ArgumentException">Two formats disagree on a clip's label, naming the clip.</exception>
    public MultiFormatClips(IEnumerable<ClipTensors> perFormat)
    {
        var sets = perFormat.ToList();
        if (sets.Count == 0)
        {
            throw new ArgumentException("at least one format is needed", nameof(perFormat));
        }

        Formats = new FormatSet(sets.Select(s => s.Format));
        var common = sets.Skip(1).Aggregate(sets[0].SampleIds.ToHashSet(), (ids, s) => { ids.IntersectWith(s.SampleIds); return ids; });
        var order = sets[0].SampleIds.Where(common.Contains).ToArray();
        _byFormat = [];
        foreach (var set in sets)
        {
            var rowOf = set.SampleIds.Select((id, row) => (id, row)).ToDictionary(p => p.id, p => p.row);
            var rows = order.Select(id => rowOf[id]).ToArray();
            if (rows.SequenceEqual(Enumerable.Range(0, set.Count)))
            {
                _byFormat[set.Format.Name] = set;
            }
            else
            {
                _byFormat[set.Format.Name] = set.Select(rows);
                set.Dispose();
            }
        }

        var first = _byFormat[Formats[0].Name];
        foreach (var set in _byFormat.Values)
        {
            var mismatch = Enumerable.Range(0, first.Count).FirstOrDefault(i => set.Labels[i] != first.Labels[i], -1);
            if (mismatch >= 0)
            {
                throw new ArgumentException(
                    $"clip {first.SampleIds[mismatch]} has label {first.Labels[mismatch]} in '{first.Format.Name}' but {set.Labels[mismatch]} in '{set.Format.Name}'",
                    nameof(perFormat));
            }
        }
    }

    /// <summary>The formats, in the order given.</summary>
    public FormatSet Formats { get; }

    /// <summary>Number of aligned clips.</summary>
    public int Count => _byFormat[Formats[0].Name].Count;

    /// <summary>Labels of the aligned clips.</summary>
    public IReadOnlyList<long> Labels => _byFormat[Formats[0].Name].Labels;

    /// <summary>Metadata of the aligned clips.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, int>> Metadata => _byFormat[Formats[0].Name].Metadata;

    /// <summary>The clips of one format.</summary>
    public ClipTensors this[SkeletonFormat format] => _byFormat.TryGetValue(format.Name, out var set)
        ? set
        : throw new KeyNotFoundException($"format '{format.Name}' is not loaded ({Formats})");

    /// <summary>The clips whose metadata satisfies <paramref name="keep"/> (e.g. one side of a split), in all formats.</summary>
    public MultiFormatClips Where(Func<IReadOnlyDictionary<string, int>, bool> keep)
    {
        var rows = Enumerable.Range(0, Count).Where(i => keep(Metadata[i])).ToArray();
        return new MultiFormatClips(Formats.Select(f => _byFormat[f.Name].Select(rows)));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var set in _byFormat.Values)
        {
            set.Dispose();
        }
    }
}
