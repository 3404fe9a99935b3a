using MsClr.Kit.Skeletons;
using Parquet;
using Parquet.Schema;

namespace MsClr.Kit.Data.Store;

/// <summary>Collects up to one row group of samples as column arrays and writes them; its buffers are reused across row groups.</summary>
internal sealed class StoreRowGroupBuffer
{
    private readonly StoreFileSchema _schema;
    private readonly List<string> _ids = [];
    private readonly List<int> _labels = [];
    private readonly List<int>[] _metadata;
    private readonly List<int> _frames = [];
    private readonly List<int> _persons = [];
    private readonly List<int> _joints = [];
    private readonly List<int> _present = [];
    private float[] _xyz = [];
    private int[] _repetition = [];
    private int[] _definition = [];
    private int _valueCount;

    public StoreRowGroupBuffer(StoreFileSchema schema)
    {
        _schema = schema;
        _metadata = schema.MetadataColumns.Select(_ => new List<int>()).ToArray();
    }

    public int Count => _ids.Count;

    /// <summary>Copies one validated sample into the buffers.</summary>
    public void Add(SkeletonSample sample)
    {
        _ids.Add(sample.SampleId);
        _labels.Add(sample.Label);
        for (var k = 0; k < _metadata.Length; k++)
        {
            _metadata[k].Add(sample.Metadata[_schema.MetadataColumns[k]]);
        }

        _frames.Add(sample.Frames);
        _persons.Add(sample.Persons);
        _joints.Add(sample.Joints);
        _present.Add(CountPresentPersons(sample));

        var length = sample.Xyz.Length;
        EnsureCapacity(_valueCount + length);
        sample.Xyz.CopyTo(_xyz, _valueCount);
        _repetition[_valueCount] = 0;
        Array.Fill(_repetition, 1, _valueCount + 1, length - 1);
        _valueCount += length;
    }

    /// <summary>Writes the buffered samples as one row group and empties the buffers.</summary>
    public async Task FlushAsync(ParquetWriter writer, CancellationToken cancellationToken)
    {
        if (Count == 0)
        {
            return;
        }

        using (var group = writer.CreateRowGroup())
        {
            await group.WriteAsync(_schema.SampleId, _ids).ConfigureAwait(false);
            await WriteInts(group, _schema.Label, _labels, cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < _metadata.Length; k++)
            {
                await WriteInts(group, _schema.Metadata[k], _metadata[k], cancellationToken).ConfigureAwait(false);
            }

            await WriteInts(group, _schema.Frames, _frames, cancellationToken).ConfigureAwait(false);
            await WriteInts(group, _schema.Persons, _persons, cancellationToken).ConfigureAwait(false);
            await WriteInts(group, _schema.Joints, _joints, cancellationToken).ConfigureAwait(false);
            await WriteInts(group, _schema.PersonsPresent, _present, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(_schema.Unit, Enumerable.Repeat(StoreSchema.UnitValue, Count).ToArray()).ConfigureAwait(false);

            // A LIST leaf needs explicit definition levels (ecosystem-notes §3, pitfall 1): every value is present.
            await group.WriteAllPartsAsync<float>(
                _schema.XyzElement,
                _xyz.AsMemory(0, _valueCount),
                _definition.AsMemory(0, _valueCount),
                _repetition.AsMemory(0, _valueCount),
                cancellationToken).ConfigureAwait(false);
        }

        Clear();
    }

    /// <summary>Person slots with at least one non-zero coordinate; NTU pads absent second persons with zeros.</summary>
    internal static int CountPresentPersons(SkeletonSample sample)
    {
        var present = 0;
        var span = sample.Xyz.AsSpan();
        var block = sample.Joints * SkeletonSample.Channels;
        for (var m = 0; m < sample.Persons; m++)
        {
            for (var t = 0; t < sample.Frames; t++)
            {
                if (span.Slice(sample.Offset(t, m, 0, 0), block).ContainsAnyExcept(0f))
                {
                    present++;
                    break;
                }
            }
        }

        return present;
    }

    private static Task WriteInts(ParquetRowGroupWriter group, DataField field, List<int> values, CancellationToken cancellationToken) =>
        group.WriteAsync<int>(field, values.ToArray().AsMemory(), null, null, cancellationToken);

    private void EnsureCapacity(int needed)
    {
        if (needed <= _xyz.Length)
        {
            return;
        }

        var capacity = Math.Max(needed, (int)Math.Min(Array.MaxLength, 2L * _xyz.Length));
        Array.Resize(ref _xyz, capacity);
        Array.Resize(ref _repetition, capacity);
        _definition = new int[capacity];
        Array.Fill(_definition, _schema.XyzElement.MaxDefinitionLevel);
    }

    private void Clear()
    {
        _ids.Clear();
        _labels.Clear();
        foreach (var column in _metadata)
        {
            column.Clear();
        }

        _frames.Clear();
        _persons.Clear();
        _joints.Clear();
        _present.Clear();
        _valueCount = 0;
    }
}
