using MsClr.Kit.Runtime;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// The labelled part of a semi-supervised protocol: a class-balanced subset of the training clips drawn from a seed, so
/// the same seed always labels the same clips and every class is represented.
/// </summary>
public static class LabelSubset
{
    /// <summary>
    /// Row indices (ascending) of <paramref name="fraction"/> of the clips of every class: round(fraction × n_c) of each
    /// class's n_c clips, at least one, chosen by a seeded shuffle per class. On small data the at-least-one rule makes the
    /// subset larger than the fraction; callers report its actual size.
    /// </summary>
    /// <param name="labels">The training clips' labels, in row order.</param>
    /// <param name="fraction">Labelled fraction in (0, 1], e.g. 0.01 or 0.1.</param>
    /// <param name="seed">Seed of the draw.</param>
    /// <exception cref="ArgumentOutOfRangeException">A fraction outside (0, 1].</exception>
    public static IReadOnlyList<int> ClassBalanced(IReadOnlyList<long> labels, double fraction, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (!(fraction > 0 && fraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "expected a labelled fraction in (0, 1], e.g. 0.01");
        }

        var chosen = new List<int>();
        foreach (var group in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            var rows = group.ToArray();
            var take = Math.Max(1, (int)Math.Round(fraction * rows.Length, MidpointRounding.AwayFromZero));
            Seeds.Random(seed, "label-subset", group.Key).Shuffle(rows);
            chosen.AddRange(rows.Take(take));
        }

        chosen.Sort();
        return chosen;
    }
}
