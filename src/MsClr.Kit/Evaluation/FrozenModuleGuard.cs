using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// Protocol guard for linear evaluation (after MoCo's main_lincls.py): snapshots a module's parameters and buffers (or,
/// from <see cref="Parameters"/>, its parameters alone) and proves they are bit-identical afterwards. It stays on in Release builds.
/// </summary>
public sealed class FrozenModuleGuard : IDisposable
{
    private readonly Func<IEnumerable<KeyValuePair<string, Tensor>>> _tensors;
    private readonly Dictionary<string, Tensor> _snapshot;

    /// <summary>Takes the snapshot of every parameter and buffer (its state dict).</summary>
    public FrozenModuleGuard(nn.Module module)
        : this(() => module.state_dict())
    {
    }

    private FrozenModuleGuard(Func<IEnumerable<KeyValuePair<string, Tensor>>> tensors)
    {
        _tensors = tensors;
        _snapshot = tensors().ToDictionary(p => p.Key, p => p.Value.detach().clone());
    }

    /// <summary>A guard over <paramref name="module"/>'s parameters alone: its buffers (BatchNorm running statistics) may
    /// change, as when <see cref="FrozenEncoderCalibration"/> re-estimates them.</summary>
    public static FrozenModuleGuard Parameters(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return new(() => module.named_parameters().Select(p => new KeyValuePair<string, Tensor>(p.name, p.parameter)));
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> naming the first tensor that changed.</summary>
    public void Verify()
    {
        foreach (var (name, current) in _tensors())
        {
            if (!_snapshot.TryGetValue(name, out var before) || !before.shape.SequenceEqual(current.shape) || !before.equal(current.cpu().to(before.device)).all().item<bool>())
            {
                throw new InvalidOperationException($"frozen-encoder guard: '{name}' changed during linear evaluation");
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var tensor in _snapshot.Values)
        {
            tensor.Dispose();
        }
    }
}
