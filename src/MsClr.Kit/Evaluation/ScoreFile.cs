using MsClr.Kit.IO;
using Parquet;
using Parquet.Schema;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// Per-sample class scores as Parquet (<c>sample_id</c>, <c>label</c>, <c>predicted</c>, <c>scores</c> as a float list),
/// in test order, so ensembles and stream fusion can be recomputed from files, as the official <c>test_result.pkl</c>.
/// </summary>
public static class ScoreFile
{
    private static readonly DataField<string> IdField = new("sample_id");
    private static readonly DataField<long> LabelField = new("label");
    private static readonly DataField<long> PredictedField = new("predicted");
    private static readonly DataField<float[]> ScoresField = new("scores");
    private const string ClassesKey = "msclr.classes";

    /// <summary>Writes <paramref name="scores"/> (N, classes) with ids and labels, atomically.</summary>
    public static void Write(string path, IReadOnlyList<string> sampleIds, IReadOnlyList<long> labels, Tensor scores)
    {
        using var cpu = scores.detach().cpu().contiguous();
        var (count, classes) = ((int)cpu.shape[0], (int)cpu.shape[1]);
        if (sampleIds.Count != count || labels.Count != count)
        {
            throw new ArgumentException($"{path}: {count} score rows but {sampleIds.Count} ids and {labels.Count} labels");
        }

        var values = cpu.data<float>().ToArray();
        using var argmax = cpu.argmax(1);
        var predicted = argmax.data<long>().ToArray();
        AtomicFile.Write(path, stream => SyncBridge.Run(() => WriteAsync(stream, sampleIds, labels, predicted, values, classes)));
    }

    /// <summary>Reads a file written by <see cref="Write"/>: ids, labels and the (N, classes) scores.</summary>
    /// <exception cref="InvalidDataException">The file is truncated or fails its checksum (the message names the file and which).</exception>
    public static (string[] SampleIds, long[] Labels, Tensor Scores) Read(string path)
    {
        // The tensor is made here, on the caller's thread: after an await the reading may finish on a pool thread, and a
        // tensor created there would belong to that thread's dispose scopes instead of the caller's.
        var (ids, labels, values, classes) = SyncBridge.Run(() => ReadAsync(path));
        return (ids, labels, tensor(values, [labels.Length, classes]));
    }

    private static async Task WriteAsync(Stream stream, IReadOnlyList<string> ids, IReadOnlyList<long> labels, long[] predicted, float[] values, int classes)
    {
        var count = ids.Count;
        var metadata = new Dictionary<string, string> { [ClassesKey] = classes.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await ParquetChecksum.WriteAsync(stream, new ParquetSchema(IdField, LabelField, PredictedField, ScoresField), null, metadata, async writer =>
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(IdField, ids.ToArray());
            await group.WriteAsync<long>(LabelField, labels.ToArray().AsMemory());
            await group.WriteAsync<long>(PredictedField, predicted.AsMemory());
            var repetition = Enumerable.Range(0, count * classes).Select(i => i % classes == 0 ? 0 : 1).ToArray();
            await group.WriteAsync<float>(ScoresField, values.AsMemory(), repetition.AsMemory());
        });
    }

    private static async Task<(string[] Ids, long[] Labels, float[] Values, int Classes)> ReadAsync(string path)
    {
        await using var reader = await ParquetChecksum.OpenAsync(path);
        if (reader.CustomMetadata?.TryGetValue(ClassesKey, out var classesText) != true || !int.TryParse(classesText, System.Globalization.CultureInfo.InvariantCulture, out var classes))
        {
            throw new InvalidDataException($"{path}: not a score file (its footer has no integer '{ClassesKey}' key)");
        }

        using var group = reader.OpenRowGroupReader(0);
        var count = (int)group.RowCount;
        var fields = reader.Schema.DataFields;
        var ids = new string?[count];
        await group.ReadAsync(fields[0], ids.AsMemory());
        var labels = new long[count];
        await group.ReadAsync<long>(fields[1], labels.AsMemory());
        var values = new float[count * classes];
        var repetition = new int[count * classes];
        var definition = new int[count * classes];
        await group.ReadRawAsync<float>(fields[3], values.AsMemory(), definition.AsMemory(), repetition.AsMemory());
        return (ids.Select(i => i ?? "").ToArray(), labels, values, classes);
    }
}
