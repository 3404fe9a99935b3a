using MsClr.Kit.Data;
namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// One number of the paper (a cell of a table, or a point of a figure): the value as printed, where it is printed, and —
/// for numbers the kit measures — how to measure it.
/// </summary>
/// <param name="Table">The table or figure, e.g. <c>Table 1</c>.</param>
/// <param name="Row">The row as printed, e.g. <c>MS-AimCLR (b)</c>; with <paramref name="Column"/> unique within the table.</param>
/// <param name="Column">The column, e.g. <c>NTU-120 xsub</c>.</param>
/// <param name="Paper">The printed top-1 in percent, or null where the paper prints none (a dash, or a figure without numbers).</param>
/// <param name="Source">Where the number is printed, e.g. <c>Table 1, column NTU120 xsub</c>.</param>
/// <param name="Benchmark">The benchmark the number refers to, or null when it names none.</param>
/// <param name="Measurement">How the kit measures it, or null for a reference number of another method.</param>
/// <param name="Note">What a reader must know, e.g. the architecture of a reference method or the Table 4 header swap.</param>
public sealed record PaperEntry(
    string Table,
    string Row,
    string Column,
    double? Paper,
    string Source,
    Benchmark? Benchmark,
    PaperMeasurement? Measurement,
    string? Note = null)
{
    /// <summary>Whether the kit measures this number (has a measurement and a benchmark).</summary>
    public bool IsMeasured => Measurement is not null && Benchmark is not null;

    /// <summary>
    /// The experiments that measure this number at <paramref name="budget"/>: one per stream (a 3s row fuses three), on NTU
    /// or, with <paramref name="useSynthetic"/>, on its synthetic stand-in (<see cref="Benchmark.MeasuredOn"/>). Empty for
    /// reference numbers and for variants <see cref="ExperimentSpec"/> cannot express yet.
    /// </summary>
    public IReadOnlyList<ExperimentSpec> Specs(Budget budget, bool useSynthetic, ulong seed = 1) =>
        Measurement is { } measurement && Benchmark is { } benchmark ? measurement.Specs(benchmark, budget, useSynthetic, seed) : [];
}
