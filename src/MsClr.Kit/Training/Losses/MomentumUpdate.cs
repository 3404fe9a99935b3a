using static TorchSharp.torch;

namespace MsClr.Kit.Training.Losses;

/// <summary>
/// The MoCo key encoder: an exponential moving average of the query encoder's parameters, updated in place.
/// </summary>
/// <remarks>
/// Only parameters move; buffers (BatchNorm running statistics) are never copied, so the key encoder keeps its own
/// statistics as upstream. Module overloads match parameters by name and fail naming the first mismatch.
/// </remarks>
public static class MomentumUpdate
{
    /// <summary>θ_k ← m·θ_k + (1 − m)·θ_q for every parameter of <paramref name="key"/>, in place, without gradient.</summary>
    public static void Apply(nn.Module query, nn.Module key, double momentum) =>
        Apply(Pairs(query, key), momentum);

    /// <summary>θ_k ← m·θ_k + (1 − m)·θ_q over two parameter lists matched by position, in place, without gradient.</summary>
    public static void Apply(IReadOnlyList<Tensor> query, IReadOnlyList<Tensor> key, double momentum) =>
        Apply(Pairs(query, key), momentum);

    /// <summary>Copies every parameter of <paramref name="query"/> into the same-named parameter of <paramref name="key"/>.</summary>
    public static void CopyParameters(nn.Module query, nn.Module key) => Copy(Pairs(query, key));

    /// <summary>Copies <paramref name="query"/>[i] into <paramref name="key"/>[i] for every i.</summary>
    public static void CopyParameters(IReadOnlyList<Tensor> query, IReadOnlyList<Tensor> key) => Copy(Pairs(query, key));

    /// <summary>Sets requires_grad = false on every parameter of <paramref name="key"/> (the key encoder is never trained).</summary>
    public static void Freeze(nn.Module key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Freeze(key.parameters());
    }

    /// <summary>Sets requires_grad = false on every tensor of <paramref name="parameters"/>.</summary>
    public static void Freeze(IEnumerable<Tensor> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var parameter in parameters)
        {
            parameter.requires_grad = false;
        }
    }

    private static void Apply(List<(string Name, Tensor Query, Tensor Key)> pairs, double momentum)
    {
        if (momentum is < 0 or > 1 || double.IsNaN(momentum))
        {
            throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "momentum must be in [0, 1]");
        }

        using var noGrad = no_grad();
        foreach (var (_, q, k) in pairs)
        {
            k.mul_(momentum).add_(q, alpha: 1 - momentum);
        }
    }

    private static void Copy(List<(string Name, Tensor Query, Tensor Key)> pairs)
    {
        using var noGrad = no_grad();
        foreach (var (_, q, k) in pairs)
        {
            k.copy_(q);
        }
    }

    private static List<(string Name, Tensor Query, Tensor Key)> Pairs(nn.Module query, nn.Module key)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(key);
        var keyParameters = key.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter, StringComparer.Ordinal);
        var pairs = new List<(string, Tensor, Tensor)>(keyParameters.Count);
        foreach (var (name, q) in query.named_parameters())
        {
            if (!keyParameters.TryGetValue(name, out var k))
            {
                throw new ArgumentException($"parameter '{name}' of the query module has no counterpart in the key module", nameof(key));
            }

            RequireSameShape(name, q, k);
            pairs.Add((name, q, k));
        }

        if (pairs.Count != keyParameters.Count)
        {
            var extra = keyParameters.Keys.Except(pairs.Select(p => p.Item1), StringComparer.Ordinal).First();
            throw new ArgumentException($"parameter '{extra}' of the key module has no counterpart in the query module", nameof(key));
        }

        return pairs;
    }

    private static List<(string Name, Tensor Query, Tensor Key)> Pairs(IReadOnlyList<Tensor> query, IReadOnlyList<Tensor> key)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(key);
        if (query.Count != key.Count)
        {
            throw new ArgumentException($"the query list has {query.Count} parameters but the key list has {key.Count}", nameof(key));
        }

        var pairs = new List<(string, Tensor, Tensor)>(query.Count);
        for (var i = 0; i < query.Count; i++)
        {
            var name = $"[{i}]";
            RequireSameShape(name, query[i], key[i]);
            pairs.Add((name, query[i], key[i]));
        }

        return pairs;
    }

    private static void RequireSameShape(string name, Tensor query, Tensor key)
    {
        if (!query.shape.SequenceEqual(key.shape))
        {
            throw new ArgumentException(
                $"parameter '{name}' has shape ({string.Join(", ", query.shape)}) in the query but ({string.Join(", ", key.shape)}) in the key",
                nameof(key));
        }
    }
}
