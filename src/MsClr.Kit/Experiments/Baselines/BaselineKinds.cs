namespace MsClr.Kit.Experiments.Baselines;

/// <summary>Names of <see cref="BaselineKind"/> values in ids, files and tables.</summary>
public static class BaselineKinds
{
    /// <summary>What the supervised row is not, said wherever it is shown beside self-supervised rows: at a CPU budget its
    /// few epochs leave it far from converged (measured: docs/cli.md, Baselines), so it is no upper bound.</summary>
    public const string SupervisedCaveat = "At a CPU budget the supervised encoder, trained for the budget's few pretraining epochs, is far from converged and is no upper bound.";

    /// <summary>Every baseline, cheapest first.</summary>
    public static IReadOnlyList<BaselineKind> All { get; } = [BaselineKind.RawStatistics, BaselineKind.RawFlattened, BaselineKind.RandomInit, BaselineKind.Supervised];

    /// <summary>The id and JSON name: <c>random-init</c>, <c>raw-stats</c>, <c>raw-flat</c> or <c>supervised</c>.</summary>
    public static string ShortName(this BaselineKind kind) => kind switch
    {
        BaselineKind.RandomInit => "random-init",
        BaselineKind.RawStatistics => "raw-stats",
        BaselineKind.RawFlattened => "raw-flat",
        BaselineKind.Supervised => "supervised",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown baseline"),
    };

    /// <summary>How a table row names it, e.g. <c>baseline: random-init encoder</c>.</summary>
    public static string Label(this BaselineKind kind) => kind switch
    {
        BaselineKind.RandomInit => "baseline: random-init encoder (no pretraining)",
        BaselineKind.RawStatistics => "baseline: raw coordinates, per-joint mean and std over time",
        BaselineKind.RawFlattened => "baseline: raw coordinates, flattened clip",
        BaselineKind.Supervised => "baseline: supervised ST-GCN (trained on the labels)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown baseline"),
    };

    /// <summary>The baseline called <paramref name="shortName"/> (<see cref="ShortName"/>).</summary>
    /// <exception cref="ArgumentException">Not a baseline name.</exception>
    public static BaselineKind Parse(string shortName) =>
        All.FirstOrDefault(k => k.ShortName() == shortName) is var kind && kind.ShortName() == shortName
            ? kind
            : throw new ArgumentException($"baseline '{shortName}': expected one of {string.Join(", ", All.Select(k => k.ShortName()))}", nameof(shortName));
}
