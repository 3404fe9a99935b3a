using Microsoft.Data.Analysis;
using MsClr.Kit.IO;

namespace MsClr.Kit.Experiments.Results;

/// <summary>
/// The results store <c>{runsRoot}/results.parquet</c>: one row per (spec id, metric, value, seed, commit, time) plus the
/// spec's fields as plain columns, so it loads as a filterable <see cref="DataFrame"/>. It is derived data: the rows live
/// in the run folders (<see cref="RunResultFiles"/>, one immutable file per append) and <see cref="Merge"/> folds them
/// into the store file.
/// </summary>
/// <remarks>
/// No writer ever rewrites a shared file, and no file lock is taken (NFS does not honour them): an append is one new file
/// in its spec's run folder, renamed into place, and <see cref="Load"/> merges before it reads, so it sees every run that
/// finished since. The merge is idempotent and may run any time and in any number of processes at once: each writes the
/// same rows from the same files atomically, and a merge that saw fewer files is corrected by the next one. A store file
/// written by an older kit (the single copy of its rows, without the derived marker) is first split into result files.
/// </remarks>
public sealed class ResultsStore
{
    /// <summary>The store's file name inside the runs root.</summary>
    public const string FileName = "results.parquet";

    /// <summary>The name of the result file that a pre-merge store's rows move into (once, idempotently).</summary>
    internal const string LegacyFileName = "legacy-store";

    private static readonly IReadOnlyDictionary<string, string> DerivedMetadata = new Dictionary<string, string> { [ResultsParquet.DerivedKey] = "1" };

    private readonly string _runsRoot;

    /// <summary>A store in <paramref name="runsRoot"/> (the file is created by the first merge that finds rows).</summary>
    public ResultsStore(string runsRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runsRoot);
        _runsRoot = runsRoot;
        Path = System.IO.Path.Combine(runsRoot, FileName);
    }

    /// <summary>The Parquet file.</summary>
    public string Path { get; }

    /// <summary>Appends the metric rows of <paramref name="result"/> (see <see cref="ResultMetrics.Rows"/>), stamped with <paramref name="commit"/> and now.</summary>
    /// <returns>The rows appended.</returns>
    public IReadOnlyList<ResultRow> Append(ExperimentSpec spec, ExperimentResult result, string commit)
    {
        var rows = ResultMetrics.Rows(spec, result, commit, DateTime.UtcNow);
        Append(rows);
        return rows;
    }

    /// <summary>Appends the metric rows of <paramref name="result"/> stamped with the current <see cref="GitCommit"/>.</summary>
    /// <returns>The rows appended.</returns>
    public IReadOnlyList<ResultRow> Append(ExperimentSpec spec, ExperimentResult result) => Append(spec, result, GitCommit.Current());

    /// <summary>Appends <paramref name="rows"/>: one new result file per spec id in its run folder, then a merge.</summary>
    public void Append(IEnumerable<ResultRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        RunResultFiles.Write(_runsRoot, rows);
        Merge();
    }

    /// <summary>
    /// Folds every result file under the runs root into the store file (rewritten atomically, and only when its rows
    /// differ) and returns the rows: ordered by time, then by file path and position, so every merge of the same files
    /// gives the same store.
    /// </summary>
    /// <exception cref="InvalidDataException">A result file or a pre-merge store is unreadable (the message names it).</exception>
    public IReadOnlyList<ResultRow> Merge()
    {
        MoveLegacyRows();
        var rows = RunResultFiles.Find(_runsRoot)
            .SelectMany(path => RunResultFiles.Read(path).Select((row, index) => (Row: row, Path: path, Index: index)))
            .OrderBy(r => r.Row.Time)
            .ThenBy(r => r.Path, StringComparer.Ordinal)
            .ThenBy(r => r.Index)
            .Select(r => r.Row)
            .ToArray();
        if ((rows.Length > 0 || File.Exists(Path)) && !(File.Exists(Path) && ResultsParquet.Read(Path).SequenceEqual(rows)))
        {
            AtomicFile.Write(Path, stream => ResultsParquet.Write(stream, rows, DerivedMetadata));
        }

        return rows;
    }

    /// <summary>Every row in time order (see <see cref="Merge"/>, which this runs first); empty when nothing was recorded yet.</summary>
    /// <exception cref="InvalidDataException">A result file lacks one of the store's columns, is truncated or fails its checksum.</exception>
    public IReadOnlyList<ResultRow> Load() => Merge();

    /// <summary>
    /// The store as a DataFrame with columns spec_id, metric, value, seed, commit, time, method, benchmark, stream,
    /// training_formats, evaluation_formats, budget, compat (string columns are <see cref="StringDataFrameColumn"/>).
    /// </summary>
    public DataFrame ToDataFrame() => ToDataFrame(Load());

    /// <summary><paramref name="rows"/> as a DataFrame (see <see cref="ToDataFrame()"/>).</summary>
    public static DataFrame ToDataFrame(IReadOnlyList<ResultRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        StringDataFrameColumn Text(string name, Func<ResultRow, string> pick) => new(name, rows.Select(pick));
        return new DataFrame(
            Text("spec_id", r => r.SpecId),
            Text("metric", r => r.Metric),
            new DoubleDataFrameColumn("value", rows.Select(r => r.Value)),
            new Int64DataFrameColumn("seed", rows.Select(r => r.Seed)),
            Text("commit", r => r.Commit),
            new PrimitiveDataFrameColumn<DateTime>("time", rows.Select(r => r.Time)),
            Text("method", r => r.Method),
            Text("benchmark", r => r.Benchmark),
            Text("stream", r => r.Stream),
            Text("training_formats", r => r.TrainingFormats),
            Text("evaluation_formats", r => r.EvaluationFormats),
            Text("budget", r => r.Budget),
            Text("compat", r => r.Compat));
    }

    /// <summary>The most recently appended value of <paramref name="metric"/> for <paramref name="specId"/>, or null when never recorded.</summary>
    public double? Latest(string specId, string metric) => Latest(Load(), specId, metric);

    /// <summary>The last row of <paramref name="rows"/> for (<paramref name="specId"/>, <paramref name="metric"/>), or null.</summary>
    public static double? Latest(IReadOnlyList<ResultRow> rows, string specId, string metric) =>
        rows.LastOrDefault(r => r.SpecId == specId && r.Metric == metric)?.Value;

    /// <summary>Splits a store file written by an older kit (without the derived marker) into result files named
    /// <c>legacy-store.parquet</c> in its runs' folders; idempotent, and a no-op for a derived store.</summary>
    internal void MoveLegacyRows()
    {
        if (File.Exists(Path) && !ResultsParquet.HasMetadata(Path, ResultsParquet.DerivedKey))
        {
            RunResultFiles.Write(_runsRoot, ResultsParquet.Read(Path), LegacyFileName);
        }
    }
}
