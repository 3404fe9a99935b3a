namespace MsClr.Kit.Experiments.Results;

/// <summary>
/// One measured value in the results store: which experiment, which metric, its value, and where it came from. The
/// spec's fields are repeated as plain columns so the store filters without parsing ids.
/// </summary>
/// <param name="SpecId">The experiment's <see cref="ExperimentSpec.Id"/>.</param>
/// <param name="Metric">Metric name (<see cref="ResultMetrics"/>), e.g. <c>top1</c> or <c>top1:smplx_42</c>.</param>
/// <param name="Value">The value: accuracies as fractions in [0, 1], times in seconds.</param>
/// <param name="Seed">The spec's seed.</param>
/// <param name="Commit">Short git commit of the code that measured it, or <c>unknown</c>.</param>
/// <param name="Time">When the row was appended (UTC).</param>
/// <param name="Method">The spec's method, e.g. <c>AimClr</c>.</param>
/// <param name="Benchmark">The spec's benchmark, e.g. <c>ntu60-xsub</c>.</param>
/// <param name="Stream">The spec's input stream, e.g. <c>Joint</c>.</param>
/// <param name="TrainingFormats">The spec's training formats joined with '+' (for display and filtering; the id is the key).</param>
/// <param name="EvaluationFormats">The spec's evaluation formats joined with '+'.</param>
/// <param name="Budget">smoke, quick or paper.</param>
/// <param name="Compat">paper or official.</param>
public sealed record ResultRow(
    string SpecId,
    string Metric,
    double Value,
    long Seed,
    string Commit,
    DateTime Time,
    string Method,
    string Benchmark,
    string Stream,
    string TrainingFormats,
    string EvaluationFormats,
    string Budget,
    string Compat);
