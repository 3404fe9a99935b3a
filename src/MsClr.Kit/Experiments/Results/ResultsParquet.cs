using MsClr.Kit.IO;
using Parquet;
using Parquet.Schema;

namespace MsClr.Kit.Experiments.Results;

/// <summary>The Parquet layout of <c>results.parquet</c>: one flat column per <see cref="ResultRow"/> field, plain types only.</summary>
internal static class ResultsParquet
{
    private static readonly DataField<string> SpecIdField = new("spec_id");
    private static readonly DataField<string> MetricField = new("metric");
    private static readonly DataField<double> ValueField = new("value");
    private static readonly DataField<long> SeedField = new("seed");
    private static readonly DataField<string> CommitField = new("commit");
    private static readonly DataField<DateTime> TimeField = new("time");
    private static readonly DataField<string> MethodField = new("method");
    private static readonly DataField<string> BenchmarkField = new("benchmark");
    private static readonly DataField<string> StreamField = new("stream");
    private static readonly DataField<string> TrainingField = new("training_formats");
    private static readonly DataField<string> EvaluationField = new("evaluation_formats");
    private static readonly DataField<string> BudgetField = new("budget");
    private static readonly DataField<string> CompatField = new("compat");

    private static readonly ParquetSchema Schema = new(
        SpecIdField, MetricField, ValueField, SeedField, CommitField, TimeField, MethodField, BenchmarkField, StreamField,
        TrainingField, EvaluationField, BudgetField, CompatField);

    /// <summary>The column names in file order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = Schema.DataFields.Select(f => f.Name).ToArray();

    /// <summary>Footer key that marks a store derived from run folders' result files (<see cref="ResultsStore.Merge"/>);
    /// a store without it was written by an older kit as the only copy of its rows.</summary>
    public const string DerivedKey = "msclr.results_derived";

    public static void Write(Stream stream, IReadOnlyList<ResultRow> rows, IReadOnlyDictionary<string, string>? metadata = null) =>
        WriteAsync(stream, rows, metadata).GetAwaiter().GetResult();

    public static IReadOnlyList<ResultRow> Read(string path) => ReadAsync(path).GetAwaiter().GetResult();

    /// <summary>Whether the footer of <paramref name="path"/> holds <paramref name="key"/>.</summary>
    public static bool HasMetadata(string path, string key) => HasMetadataAsync(path, key).GetAwaiter().GetResult();

    private static async Task<bool> HasMetadataAsync(string path, string key)
    {
        await using var reader = await ParquetChecksum.OpenAsync(path);
        return reader.CustomMetadata.ContainsKey(key);
    }

    private static async Task WriteAsync(Stream stream, IReadOnlyList<ResultRow> rows, IReadOnlyDictionary<string, string>? metadata)
    {
        await ParquetChecksum.WriteAsync(stream, Schema, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, metadata, async writer =>
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(SpecIdField, rows.Select(r => r.SpecId).ToArray());
            await group.WriteAsync(MetricField, rows.Select(r => r.Metric).ToArray());
            await group.WriteAsync<double>(ValueField, rows.Select(r => r.Value).ToArray().AsMemory());
            await group.WriteAsync<long>(SeedField, rows.Select(r => r.Seed).ToArray().AsMemory());
            await group.WriteAsync(CommitField, rows.Select(r => r.Commit).ToArray());
            await group.WriteAsync<DateTime>(TimeField, rows.Select(r => r.Time.ToUniversalTime()).ToArray().AsMemory());
            await group.WriteAsync(MethodField, rows.Select(r => r.Method).ToArray());
            await group.WriteAsync(BenchmarkField, rows.Select(r => r.Benchmark).ToArray());
            await group.WriteAsync(StreamField, rows.Select(r => r.Stream).ToArray());
            await group.WriteAsync(TrainingField, rows.Select(r => r.TrainingFormats).ToArray());
            await group.WriteAsync(EvaluationField, rows.Select(r => r.EvaluationFormats).ToArray());
            await group.WriteAsync(BudgetField, rows.Select(r => r.Budget).ToArray());
            await group.WriteAsync(CompatField, rows.Select(r => r.Compat).ToArray());
        });
    }

    private static async Task<IReadOnlyList<ResultRow>> ReadAsync(string path)
    {
        var rows = new List<ResultRow>();
        await using var reader = await ParquetChecksum.OpenAsync(path);
        var missing = ColumnNames.Where(n => reader.Schema.DataFields.All(f => f.Name != n)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"{path}: expected columns {string.Join(", ", ColumnNames)}; missing {string.Join(", ", missing)}");
        }

        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            Task<T[]> Read<T>(DataField<T> field) where T : struct => ParquetColumns.Read<T>(path, reader, group, field);
            Task<string[]> Text(DataField<string> field) => ParquetColumns.ReadText(path, reader, group, field);

            var (ids, metrics, values, seeds, commits) = (await Text(SpecIdField), await Text(MetricField), await Read(ValueField), await Read(SeedField), await Text(CommitField));
            var (times, methods, benchmarks, streams) = (await Read(TimeField), await Text(MethodField), await Text(BenchmarkField), await Text(StreamField));
            var (training, evaluation, budgets, compats) = (await Text(TrainingField), await Text(EvaluationField), await Text(BudgetField), await Text(CompatField));
            for (var i = 0; i < count; i++)
            {
                rows.Add(new ResultRow(ids[i], metrics[i], values[i], seeds[i], commits[i], DateTime.SpecifyKind(times[i], DateTimeKind.Utc),
                    methods[i], benchmarks[i], streams[i], training[i], evaluation[i], budgets[i], compats[i]));
            }
        }

        return rows;
    }
}
