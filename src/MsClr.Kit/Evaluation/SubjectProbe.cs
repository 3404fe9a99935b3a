using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// A linear probe that names the subject (the performer) of a clip instead of its action, on frozen features: how much of
/// what identifies the person the features keep. A cross-subject split puts every subject on one side only, so the probe
/// has its own split: each subject's clips are shuffled from a seed and halved, the classifier trains on the first halves
/// and is tested on the second, and every subject is on both sides.
/// </summary>
public static class SubjectProbe
{
    /// <summary>
    /// Splits the clips per subject into two seeded halves: each subject's n clips, shuffled by a draw that depends only on
    /// (seed, subject), give ⌈n/2⌉ to the first half and ⌊n/2⌋ to the second. No clip is in both; every subject is in both.
    /// </summary>
    /// <param name="subjects">Each clip's subject id, in row order (any integers, e.g. NTU's 1-based performer ids).</param>
    /// <param name="seed">Seed of the shuffles; the same seed gives the same halves.</param>
    /// <returns>Row indices of each half, ascending.</returns>
    /// <exception cref="ArgumentException">A subject has fewer than 2 clips (it could not be in both halves), naming it.</exception>
    public static (IReadOnlyList<int> Train, IReadOnlyList<int> Test) Halves(IReadOnlyList<int> subjects, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var train = new List<int>();
        var test = new List<int>();
        foreach (var group in Enumerable.Range(0, subjects.Count).GroupBy(i => subjects[i]).OrderBy(g => g.Key))
        {
            var rows = group.ToArray();
            if (rows.Length < 2)
            {
                throw new ArgumentException($"subjects: subject {group.Key} has {rows.Length} clip; the subject probe needs at least 2 per subject, one for each half", nameof(subjects));
            }

            Seeds.Random(seed, "subject-halves", group.Key).Shuffle(rows);
            var first = (rows.Length + 1) / 2;
            train.AddRange(rows.Take(first));
            test.AddRange(rows.Skip(first));
        }

        train.Sort();
        test.Sort();
        return (train, test);
    }

    /// <summary>Trains the probe on <see cref="Halves"/>' first half and tests it on the second.</summary>
    /// <param name="features">(N, D) frozen features, row-aligned with <paramref name="subjects"/>.</param>
    /// <param name="subjects">(N) subject ids; the S distinct ids become classes 0..S−1 in ascending order.</param>
    /// <param name="config">The linear probe's protocol (as the action probe's, e.g. <c>budget.LinearEval()</c>).</param>
    /// <param name="seed">Seed of the halves, the classifier's initialisation and its shuffles.</param>
    /// <returns>Top-1 on the held-out half (fraction), chance 1/S, and the sizes.</returns>
    /// <exception cref="ArgumentException">Features and subjects differ in count, fewer than 2 subjects, or a subject with fewer than 2 clips.</exception>
    public static SubjectProbeResult Run(Tensor features, IReadOnlyList<int> subjects, LinearEvalConfig config, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(config);
        if (features.dim() != 2 || features.shape[0] != subjects.Count)
        {
            throw new ArgumentException($"features: expected (N, D) with N = {subjects.Count} (the subjects' count), got ({string.Join(", ", features.shape)})", nameof(features));
        }

        var ids = subjects.Distinct().Order().ToArray();
        if (ids.Length < 2)
        {
            throw new ArgumentException($"subjects: {ids.Length} distinct subject(s); naming the subject needs at least 2", nameof(subjects));
        }

        var (train, test) = Halves(subjects, seed);
        var classOf = ids.Select((id, c) => (id, c)).ToDictionary(p => p.id, p => (long)p.c);
        using var scope = NewDisposeScope();
        var device = features.device;
        Tensor Rows(IReadOnlyList<int> rows) => features.index_select(0, tensor(rows.Select(r => (long)r).ToArray()).to(device));
        Tensor Classes(IReadOnlyList<int> rows) => tensor(rows.Select(r => classOf[subjects[r]]).ToArray()).to(device);
        var result = LinearProbe.Train(Rows(train), Classes(train), Rows(test), Classes(test), ids.Length, config, new Generator(seed));
        return new SubjectProbeResult(result.Final.Top1, 1.0 / ids.Length, ids.Length, train.Count, test.Count);
    }
}
