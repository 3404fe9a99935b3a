using MsClr.Kit.IO;
using Parquet;
using Parquet.Schema;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// The per-step metrics of a pretraining run as Parquet (<c>{run}/metrics.parquet</c>): epoch, step, global step,
/// each loss term, learning rate, samples per second, query and key format, and the mean cosine between the step's keys
/// (<see cref="KeySpread"/>). The file is rewritten atomically at every
/// checkpoint, so it always matches the latest checkpoint; on resume the rows past the checkpoint are dropped.
/// </summary>
public sealed class MetricsLog
{
    private static readonly DataField<int> EpochField = new("epoch");
    private static readonly DataField<int> StepField = new("step");
    private static readonly DataField<double> LossField = new("loss");
    private static readonly DataField<double> NceField = new("nce");
    private static readonly DataField<double> ExtremeField = new("d3m_extreme");
    private static readonly DataField<double> DropField = new("d3m_extreme_drop");
    private static readonly DataField<double> RateField = new("lr");
    private static readonly DataField<double> SpeedField = new("samples_per_second");
    private static readonly DataField<string> QueryField = new("query_format");
    private static readonly DataField<string> KeyField = new("key_format");
    private static readonly DataField<double> KeyCosineField = new("key_cosine");
    private static readonly ParquetSchema Schema = new(EpochField, StepField, LossField, NceField, ExtremeField, DropField, RateField, SpeedField, QueryField, KeyField, KeyCosineField);

    private readonly List<TrainingProgress> _rows = [];

    /// <summary>Rows so far.</summary>
    public IReadOnlyList<TrainingProgress> Rows => _rows;

    /// <summary>Mean of <see cref="TrainingProgress.KeyCosine"/> over the steps of the last epoch logged; null when no
    /// step of it recorded one (an empty log, or one written before the kit logged the key spread).</summary>
    public double? LastEpochKeyCosine()
    {
        if (_rows.Count == 0)
        {
            return null;
        }

        var last = _rows.Max(r => r.Epoch);
        var values = _rows.Where(r => r.Epoch == last && double.IsFinite(r.KeyCosine)).Select(r => r.KeyCosine).ToArray();
        return values.Length == 0 ? null : values.Average();
    }

    /// <summary>Appends one step.</summary>
    public void Add(TrainingProgress progress) => _rows.Add(progress);

    /// <summary>Keeps only rows before <paramref name="position"/> (used on resume).</summary>
    public void TruncateTo(CheckpointPosition position) =>
        _rows.RemoveAll(r => new CheckpointPosition(r.Epoch, r.Step).CompareTo(position) >= 0);

    /// <summary>Writes every row to <paramref name="path"/> through a temporary file.</summary>
    public void Save(string path) => AtomicFile.Write(path, stream => SyncBridge.Run(() => WriteAsync(stream)));

    /// <summary>Reads a log written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is truncated or fails its checksum (the message names the file and which).</exception>
    public static MetricsLog Load(string path) => SyncBridge.Run(() => LoadAsync(path));

    private static async Task<MetricsLog> LoadAsync(string path)
    {
        var log = new MetricsLog();
        await using var reader = await ParquetChecksum.OpenAsync(path);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            Task<T[]> Read<T>(DataField<T> field) where T : struct => ParquetColumns.Read<T>(path, reader, group, field);
            Task<string[]> ReadText(DataField<string> field) => ParquetColumns.ReadText(path, reader, group, field);

            var (epoch, step) = (await Read(EpochField), await Read(StepField));
            var (loss, nce, extreme, drop) = (await Read(LossField), await Read(NceField), await Read(ExtremeField), await Read(DropField));
            var (rate, speed, query, key) = (await Read(RateField), await Read(SpeedField), await ReadText(QueryField), await ReadText(KeyField));
            // Logs written before the key spread was recorded have no such column: their rows read NaN.
            var keyCosine = reader.Schema.DataFields.Any(f => f.Name == KeyCosineField.Name)
                ? await Read(KeyCosineField)
                : Enumerable.Repeat(double.NaN, count).ToArray();
            for (var i = 0; i < count; i++)
            {
                log.Add(new TrainingProgress(epoch[i], 0, step[i], 0, loss[i], nce[i], extreme[i], drop[i], rate[i], speed[i], query[i], key[i], keyCosine[i]));
            }
        }

        return log;
    }

    private async Task WriteAsync(Stream stream)
    {
        await ParquetChecksum.WriteAsync(stream, Schema, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, null, async writer =>
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(EpochField, _rows.Select(r => r.Epoch).ToArray().AsMemory());
            await group.WriteAsync<int>(StepField, _rows.Select(r => r.Step).ToArray().AsMemory());
            await group.WriteAsync<double>(LossField, _rows.Select(r => r.Loss).ToArray().AsMemory());
            await group.WriteAsync<double>(NceField, _rows.Select(r => r.Nce).ToArray().AsMemory());
            await group.WriteAsync<double>(ExtremeField, _rows.Select(r => r.Extreme).ToArray().AsMemory());
            await group.WriteAsync<double>(DropField, _rows.Select(r => r.ExtremeDrop).ToArray().AsMemory());
            await group.WriteAsync<double>(RateField, _rows.Select(r => r.LearningRate).ToArray().AsMemory());
            await group.WriteAsync<double>(SpeedField, _rows.Select(r => r.SamplesPerSecond).ToArray().AsMemory());
            await group.WriteAsync(QueryField, _rows.Select(r => r.QueryFormat).ToArray());
            await group.WriteAsync(KeyField, _rows.Select(r => r.KeyFormat).ToArray());
            await group.WriteAsync<double>(KeyCosineField, _rows.Select(r => r.KeyCosine).ToArray().AsMemory());
        });
    }
}
