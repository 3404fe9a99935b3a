using MsClr.Kit.Data;
namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// What <c>msclr reproduce</c> measures: every measured entry of Table 1, Table 4 and Figure 4 in the NTU-60
/// cross-subject column, on its synthetic stand-in, as a de-duplicated list of experiments (entries that share an
/// experiment, such as Table 1's MS-AimCLR (j) and Table 4's multi-skeleton row, run it once). The other columns
/// (cross-view, NTU-120) are left to the notebooks so that the quick budget fits in minutes on a CPU.
/// </summary>
public static class ReproducePlan
{
    /// <summary>The tables and figures reproduced, in paper order.</summary>
    public static IReadOnlyList<PaperTable> Tables { get; } = [PaperTables.Table1, PaperTables.Table4, PaperTables.Figure4];

    /// <summary>The paper column every reproduced entry is measured in.</summary>
    public static Benchmark Column => Benchmark.Ntu60CrossSubject;

    /// <summary>The entries of <see cref="Tables"/> that the plan measures (measured, in <see cref="Column"/>).</summary>
    public static IReadOnlyList<PaperEntry> Entries { get; } = Tables
        .SelectMany(t => t.Entries)
        .Where(e => e.IsMeasured && e.Benchmark == Column)
        .ToArray();

    /// <summary>The experiments to run at <paramref name="budget"/>, each once, cheapest first (fewest training formats),
    /// so the rows a reader looks at first are ready first.</summary>
    /// <param name="budget">The budget.</param>
    /// <param name="seed">The run seed.</param>
    /// <param name="tables">A subset of <see cref="Tables"/> (null: all of them).</param>
    /// <exception cref="ArgumentException">A table is not one of <see cref="Tables"/>.</exception>
    public static IReadOnlyList<ExperimentSpec> Specs(Budget budget, ulong seed = 1, IReadOnlyList<PaperTable>? tables = null)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var names = (tables ?? Tables).Select(t => t.Name).ToHashSet();
        var unknown = names.Except(Tables.Select(t => t.Name)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"{string.Join(", ", unknown)} is not reproduced by this plan; expected {string.Join(", ", Tables.Select(t => t.Name))}", nameof(tables));
        }

        return Entries
            .Where(e => names.Contains(e.Table))
            .SelectMany(e => e.Specs(budget, useSynthetic: true, seed))
            .DistinctBy(s => s.Id)
            .OrderBy(s => s.TrainingFormats.Count)
            .ToArray();
    }

    /// <summary>Relative training cost of <paramref name="specs"/> in format-epochs (an epoch visits every clip once per
    /// training format), for progress and time estimates.</summary>
    public static int Cost(IEnumerable<ExperimentSpec> specs) => specs.Sum(s => s.TrainingFormats.Count);
}
