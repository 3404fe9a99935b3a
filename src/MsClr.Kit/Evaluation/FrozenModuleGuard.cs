using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// Protocol guard for linear evaluation (after MoCo's main_lincls.py): snapshots a module's parameters and buffers and
/// proves they are bit-identical afterwards. It stays on in Release builds.
/// </summary>
public sealed class FrozenModuleGuard : IDisposable
{
    private readonly nn.Module _module;
    private readonly Dictionary<string, Tensor> _snapshot;

    /// <summary>Takes the snapshot.</summary>
    public FrozenModuleGuard(nn.Module module)
    {
        _module = module;
        _snapshot = module.state_dict().ToDictionary(p => p.Key, p => p.Value.detach().clone());
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> naming the first tensor that changed.</summary>
    public void Verify()
    {
        foreach (var (name, current) in _module.state_dict())
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
