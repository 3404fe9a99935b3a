namespace MsClr.Kit.Teaching;

/// <summary>What the setup notebook shows: which kit is loaded and where and how it computes.</summary>
/// <param name="KitVersion">The kit assembly's informational version.</param>
/// <param name="TorchBackend"><c>cpu</c> or <c>cuda</c>, as LibTorch reports it.</param>
/// <param name="Device">The device training runs on.</param>
/// <param name="Threads">LibTorch's intra-op CPU threads.</param>
/// <param name="DataRoot">Where datasets are kept.</param>
/// <param name="RunsRoot">Where runs (checkpoints, metrics, results) are kept.</param>
/// <param name="TensorCheck">The sum of a small tensor computed by LibTorch, proving the native library loads.</param>
public sealed record SetupCheck(string KitVersion, string TorchBackend, string Device, int Threads, string DataRoot, string RunsRoot, double TensorCheck);
