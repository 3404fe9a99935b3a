namespace MsClr.Kit.Skeletons;

/// <summary>A stack of K adjacency matrices of shape [K, V, V], float32, row-major. Entry [k, j, i] weights the message
/// from joint j to joint i (the output node is the second index, as in ST-GCN).</summary>
public sealed class Adjacency
{
    private readonly float[] _values;

    /// <summary>Wraps <paramref name="values"/> (length K·V·V, row-major) as a [K, V, V] stack.</summary>
    public Adjacency(int partitions, int joints, float[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partitions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(joints);
        if (values.Length != partitions * joints * joints)
        {
            throw new ArgumentException($"expected {partitions}·{joints}·{joints} = {partitions * joints * joints} values, got {values.Length}", nameof(values));
        }

        Partitions = partitions;
        Joints = joints;
        _values = values;
    }

    /// <summary>K, the number of partitions.</summary>
    public int Partitions { get; }

    /// <summary>V, the number of joints.</summary>
    public int Joints { get; }

    /// <summary>The shape [K, V, V].</summary>
    public long[] Shape => [Partitions, Joints, Joints];

    /// <summary>Entry [k, from, to].</summary>
    public float this[int k, int from, int to] => _values[(k * Joints + from) * Joints + to];

    /// <summary>All K·V·V values, row-major.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>The values as nested arrays [K][V][V], for JSON output.</summary>
    public float[][][] ToNestedArrays() =>
        Enumerable.Range(0, Partitions)
            .Select(k => Enumerable.Range(0, Joints)
                .Select(j => _values.AsSpan((k * Joints + j) * Joints, Joints).ToArray())
                .ToArray())
            .ToArray();

    /// <summary>This stack zero-padded to [K, <paramref name="jointCount"/>, <paramref name="jointCount"/>]: the real block stays at [0:V, 0:V].</summary>
    public Adjacency PadTo(int jointCount)
    {
        if (jointCount < Joints)
        {
            throw new ArgumentOutOfRangeException(nameof(jointCount), jointCount, $"cannot pad {Joints} joints down to {jointCount}");
        }

        var padded = new float[Partitions * jointCount * jointCount];
        for (var k = 0; k < Partitions; k++)
        {
            for (var j = 0; j < Joints; j++)
            {
                _values.AsSpan((k * Joints + j) * Joints, Joints).CopyTo(padded.AsSpan((k * jointCount + j) * jointCount));
            }
        }

        return new Adjacency(Partitions, jointCount, padded);
    }

    /// <summary>A TorchSharp tensor of shape [K, V, V], float32, on the CPU.</summary>
    public TorchSharp.torch.Tensor ToTensor() => TorchSharp.torch.tensor(_values, Shape);
}
