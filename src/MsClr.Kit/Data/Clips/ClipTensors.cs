using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Clips;

/// <summary>
/// Clips of one format held as one tensor (N, C, T, V, M), float32, on the CPU, with their ids, labels and metadata.
/// All clips must share T and M (preprocess them to a fixed frame count first).
/// </summary>
public sealed class ClipTensors : IDisposable
{
    private ClipTensors(SkeletonFormat format, Tensor data, string[] sampleIds, long[] labels, IReadOnlyDictionary<string, int>[] metadata)
    {
        Format = format;
        Data = data;
        SampleIds = sampleIds;
        Labels = labels;
        Metadata = metadata;
    }

    /// <summary>The format of every clip.</summary>
    public SkeletonFormat Format { get; }

    /// <summary>(N, C, T, V, M) coordinates in metres.</summary>
    public Tensor Data { get; }

    /// <summary>Sample ids, row-aligned with <see cref="Data"/>.</summary>
    public IReadOnlyList<string> SampleIds { get; }

    /// <summary>0-based labels, row-aligned with <see cref="Data"/>.</summary>
    public IReadOnlyList<long> Labels { get; }

    /// <summary>Per-clip metadata (splits are functions of it).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, int>> Metadata { get; }

    /// <summary>N.</summary>
    public int Count => SampleIds.Count;

    /// <summary>Stacks <paramref name="samples"/> of <paramref name="format"/> into one tensor.</summary>
    /// <exception cref="ArgumentException">A sample has another joint count, frame count or person count than the first, naming it.</exception>
    public static ClipTensors FromSamples(SkeletonFormat format, IEnumerable<SkeletonSample> samples)
    {
        var list = samples.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException($"no samples of format '{format.Name}'", nameof(samples));
        }

        var (frames, persons) = (list[0].Frames, list[0].Persons);
        var clipSize = frames * persons * format.JointCount * SkeletonSample.Channels;
        var values = new float[(long)list.Count * clipSize];
        for (var i = 0; i < list.Count; i++)
        {
            var sample = list[i];
            if (sample.Joints != format.JointCount || sample.Frames != frames || sample.Persons != persons)
            {
                throw new ArgumentException(
                    $"sample {sample.SampleId}: shape (T {sample.Frames}, M {sample.Persons}, V {sample.Joints}) differs from " +
                    $"(T {frames}, M {persons}, V {format.JointCount}) of format '{format.Name}'; preprocess to a fixed frame count first",
                    nameof(samples));
            }

            sample.Xyz.AsSpan().CopyTo(values.AsSpan(i * clipSize, clipSize));
        }

        using var stored = tensor(values, [list.Count, frames, persons, format.JointCount, SkeletonSample.Channels]);
        var data = stored.permute(0, 4, 1, 3, 2).contiguous();
        return new ClipTensors(
            format,
            data,
            list.Select(s => s.SampleId).ToArray(),
            list.Select(s => (long)s.Label).ToArray(),
            list.Select(s => s.Metadata).ToArray());
    }

    /// <summary>The clips at <paramref name="rows"/>, in that order (a copy).</summary>
    public ClipTensors Select(IReadOnlyList<int> rows)
    {
        using var index = tensor(rows.Select(r => (long)r).ToArray());
        return new ClipTensors(
            Format,
            Data.index_select(0, index),
            rows.Select(r => SampleIds[r]).ToArray(),
            rows.Select(r => Labels[r]).ToArray(),
            rows.Select(r => Metadata[r]).ToArray());
    }

    /// <inheritdoc />
    public void Dispose() => Data.Dispose();
}
