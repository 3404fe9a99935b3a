using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// A linear probe that names an attribute of a clip other than its action, such as the subject (the performer) or the
/// camera view, on frozen features: how much of that nuisance the features keep. A cross-subject or cross-view split puts
/// each value on one side only, so the probe has its own split: each value's clips are shuffled from a seed and halved,
/// the classifier trains on the first halves and is tested on the second, and every value is on both sides.
/// </summary>
public static class AttributeProbe
{
    /// <summary>
    /// Splits the clips per attribute value into two seeded halves: each value's n clips, shuffled by a draw that depends
    /// only on (seed, attribute, value), give ⌈n/2⌉ to the first half and ⌊n/2⌋ to the second. No clip is in both; every
    /// value is in both.
    /// </summary>
    /// <param name="values">Each clip's attribute value, in row order (any integers, e.g. NTU's 1-based performer ids).</param>
    /// <param name="attribute">The attribute's name (e.g. <c>subject</c>): it names the shuffles' random stream and the errors.</param>
    /// <param name="seed">Seed of the shuffles; the same seed gives the same halves.</param>
    /// <returns>Row indices of each half, ascending.</returns>
    /// <exception cref="ArgumentException">A value has fewer than 2 clips (it could not be in both halves), naming it.</exception>
    public static (IReadOnlyList<int> Train, IReadOnlyList<int> Test) Halves(IReadOnlyList<int> values, string attribute, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrWhiteSpace(attribute);
        var train = new List<int>();
        var test = new List<int>();
        foreach (var group in Enumerable.Range(0, values.Count).GroupBy(i => values[i]).OrderBy(g => g.Key))
        {
            var rows = group.ToArray();
            if (rows.Length < 2)
            {
                throw new ArgumentException($"values: {attribute} {group.Key} has {rows.Length} clip; the {attribute} probe needs at least 2 per {attribute}, one for each half", nameof(values));
            }

            // "subject-halves" is the stream the subject probe has always drawn from, so its halves are unchanged.
            Seeds.Random(seed, $"{attribute}-halves", group.Key).Shuffle(rows);
            var first = (rows.Length + 1) / 2;
            train.AddRange(rows.Take(first));
            test.AddRange(rows.Skip(first));
        }

        train.Sort();
        test.Sort();
        return (train, test);
    }

    /// <summary>Trains the probe on <see cref="Halves"/>' first half and tests it on the second.</summary>
    /// <param name="features">(N, D) frozen features, row-aligned with <paramref name="values"/>.</param>
    /// <param name="values">(N) attribute values; the K distinct values become classes 0..K−1 in ascending order.</param>
    /// <param name="attribute">The attribute's name (e.g. <c>subject</c>, <c>view</c>), as in <see cref="Halves"/>.</param>
    /// <param name="config">The linear probe's protocol (as the action probe's, e.g. <c>budget.LinearEval()</c>).</param>
    /// <param name="seed">Seed of the halves, the classifier's initialisation and its shuffles.</param>
    /// <returns>Top-1 on the held-out half (fraction), chance 1/K, and the sizes.</returns>
    /// <exception cref="ArgumentException">Features and values differ in count, fewer than 2 distinct values, or a value with fewer than 2 clips.</exception>
    public static AttributeProbeResult Run(Tensor features, IReadOnlyList<int> values, string attribute, LinearEvalConfig config, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(config);
        if (features.dim() != 2 || features.shape[0] != values.Count)
        {
            throw new ArgumentException($"features: expected (N, D) with N = {values.Count} (the {attribute} values' count), got ({string.Join(", ", features.shape)})", nameof(features));
        }

        var ids = values.Distinct().Order().ToArray();
        if (ids.Length < 2)
        {
            throw new ArgumentException($"values: {ids.Length} distinct {attribute}(s); naming the {attribute} needs at least 2", nameof(values));
        }

        var (train, test) = Halves(values, attribute, seed);
        var classOf = ids.Select((id, c) => (id, c)).ToDictionary(p => p.id, p => (long)p.c);
        using var scope = NewDisposeScope();
        var device = features.device;
        Tensor Rows(IReadOnlyList<int> rows) => features.index_select(0, tensor(rows.Select(r => (long)r).ToArray()).to(device));
        Tensor Classes(IReadOnlyList<int> rows) => tensor(rows.Select(r => classOf[values[r]]).ToArray()).to(device);
        var result = LinearProbe.Train(Rows(train), Classes(train), Rows(test), Classes(test), ids.Length, config, new Generator(seed));
        return new AttributeProbeResult(result.Final.Top1, 1.0 / ids.Length, ids.Length, train.Count, test.Count);
    }
}
