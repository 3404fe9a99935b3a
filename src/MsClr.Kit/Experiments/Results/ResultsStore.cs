using Microsoft.Data.Analysis;
using MsClr.Kit.IO;

namespace MsClr.Kit.Experiments.Results;

/// <summary>
/// The append-only results store <c>{runsRoot}/results.parquet</c>: one row per (spec id, metric, value, seed, commit,
/// time) plus the spec's fields as plain columns, so it loads as a filterable <see cref="DataFrame"/>.
/// </summary>
/// <remarks>
/// An append reads every existing row, adds the new ones and rewrites the file atomically (temporary file + rename), so
/// a reader never sees a partial file. Writers are serialised by an exclusive lock on the file <c>results.parquet.lock</c>
/// beside it (held only during the read-modify-write, left in place afterwards: deleting it on close would let a waiting
/// writer lock an unlinked file while a third creates a new one). That protects threads and processes sharing one local
/// file system, not network shares without lock support. The store is small (a dozen rows per experiment), so
/// rewriting it is cheap.
/// </remarks>
public sealed class ResultsStore
{
    /// <summary>The store's file name inside the runs root.</summary>
    public const string FileName = "results.parquet";

    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A store in <paramref name="runsRoot"/> (the file is created by the first append).</summary>
    public ResultsStore(string runsRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runsRoot);
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

    /// <summary>Appends <paramref name="rows"/> under the lock: existing rows + new rows, rewritten atomically.</summary>
    public void Append(IEnumerable<ResultRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var added = rows.ToArray();
        using var guard = AcquireLock();
        var all = Load().Concat(added).ToArray();
        AtomicFile.Write(Path, stream => ResultsParquet.Write(stream, all));
    }

    /// <summary>Every row in append order; empty when the store does not exist yet.</summary>
    /// <exception cref="InvalidDataException">The file lacks one of the store's columns, is truncated or fails its checksum.</exception>
    public IReadOnlyList<ResultRow> Load() => File.Exists(Path) ? ResultsParquet.Read(Path) : [];

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

    private FileStream AcquireLock()
    {
        var lockPath = Path + ".lock";
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(lockPath))!);
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Another writer holds the store; its append takes milliseconds.
                Thread.Sleep(50);
            }
            catch (IOException exception)
            {
                throw new IOException($"{lockPath}: expected to acquire the results store lock within {LockTimeout.TotalSeconds} s; another process still holds it (delete the file if no writer is running)", exception);
            }
        }
    }
}
