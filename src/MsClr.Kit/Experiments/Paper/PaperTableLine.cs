namespace MsClr.Kit.Experiments.Paper;

/// <summary>One line of a <see cref="PaperTableView"/> frame, in percent.</summary>
/// <param name="Row">The paper's row label.</param>
/// <param name="Column">The paper's column header.</param>
/// <param name="Ours">Measured top-1 (%), the mean over seeds; null where not measured.</param>
/// <param name="Paper">The paper's top-1 (%), null where the paper has none.</param>
/// <param name="Delta">Ours − paper (points), null unless both exist.</param>
/// <param name="HalfWidth">Half the 95 % interval of <paramref name="Ours"/> over seeds (points), null below two seeds.</param>
/// <param name="Seeds">How many seeds <paramref name="Ours"/> averages (0 where not measured).</param>
public readonly record struct PaperTableLine(string Row, string Column, double? Ours, double? Paper, double? Delta, double? HalfWidth = null, int Seeds = 0);
