using MsClr.Kit.Experiments.Results;

namespace MsClr.Kit.Experiments.Paper;

/// <summary>What the results store holds for one paper entry, seed by seed: the value a table cell and a paired
/// comparison both read, so the two can never disagree.</summary>
public static class EntryValues
{
    /// <summary>
    /// The entry's measured value (a fraction) for each of <paramref name="seeds"/> that has one: the latest value of its
    /// metric on its spec at that seed (3-stream rows: the <see cref="PaperTableView.FusedMetric"/> recorded on the
    /// joint-stream spec by <see cref="StreamFusionRecorder"/>). Seeds without a value are absent.
    /// </summary>
    /// <param name="rows">The store's rows (<see cref="ResultsStore.Load"/>).</param>
    /// <param name="entry">A measured paper entry.</param>
    /// <param name="budget">The budget the experiments ran at.</param>
    /// <param name="useSynthetic">Whether they ran on the synthetic stand-in.</param>
    /// <param name="seeds">The seeds to read.</param>
    public static IReadOnlyDictionary<ulong, double> BySeed(IReadOnlyList<ResultRow> rows, PaperEntry entry, Budget budget, bool useSynthetic, IEnumerable<ulong> seeds)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(seeds);
        var values = new Dictionary<ulong, double>();
        if (entry.Measurement is not { } measurement)
        {
            return values;
        }

        var metric = measurement.IsFusion ? PaperTableView.FusedMetric(measurement.Metric) : measurement.Metric;
        foreach (var seed in seeds.Distinct())
        {
            var specs = entry.Specs(budget, useSynthetic, seed);
            if (specs.Count > 0 && ResultsStore.Latest(rows, specs[0].Id, metric) is { } value)
            {
                values[seed] = value;
            }
        }

        return values;
    }

    /// <summary>The seeds <paramref name="first"/>, <paramref name="first"/> + 1, … (<paramref name="count"/> of them): the
    /// seeds an <c>--seeds N</c> run uses.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public static IReadOnlyList<ulong> Seeds(ulong first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return Enumerable.Range(0, count).Select(i => first + (ulong)i).ToArray();
    }
}
