namespace MsClr.Kit.Training.Losses;

/// <summary>Hyper-parameters of the MoCo / AimCLR contrastive objective; the defaults are the paper's (AimCLR, MS-CLR).</summary>
/// <param name="QueueSize">K, the number of keys in the memory bank; must be a multiple of the batch size.</param>
/// <param name="Momentum">m in θ_k ← m·θ_k + (1 − m)·θ_q.</param>
/// <param name="Temperature">T, the divisor of every logit.</param>
/// <param name="FeatureDim">D, the projection head's output size (rows of the queue).</param>
/// <param name="MiningStartEpoch">Nearest-neighbour mining is used for 1-based epochs strictly after this one.</param>
/// <param name="TopK">Queue entries mined as extra positives per row and per view.</param>
/// <param name="HeadInitialisation">How the projection head's linear layers start (the paper's: official).</param>
public sealed record ContrastiveConfig(
    int QueueSize = 32768,
    double Momentum = 0.999,
    double Temperature = 0.07,
    int FeatureDim = 128,
    int MiningStartEpoch = 150,
    int TopK = 1,
    Models.ProjectionInitialisation HeadInitialisation = Models.ProjectionInitialisation.Official)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first field outside its range; returns this.</summary>
    public ContrastiveConfig Validate()
    {
        Require(QueueSize >= 1, nameof(QueueSize), QueueSize, "≥ 1");
        Require(Momentum is >= 0 and <= 1, nameof(Momentum), Momentum, "in [0, 1]");
        Require(Temperature > 0, nameof(Temperature), Temperature, "> 0");
        Require(FeatureDim >= 1, nameof(FeatureDim), FeatureDim, "≥ 1");
        Require(MiningStartEpoch >= 0, nameof(MiningStartEpoch), MiningStartEpoch, "≥ 0");
        Require(TopK >= 1 && TopK <= QueueSize, nameof(TopK), TopK, $"in [1, {nameof(QueueSize)} = {QueueSize}]");
        return this;
    }

    /// <summary>Whether the 1-based <paramref name="epoch"/> uses nearest-neighbour mining (epoch &gt; <see cref="MiningStartEpoch"/>).</summary>
    public bool UsesMining(int epoch)
    {
        if (epoch < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(epoch), epoch, "epochs are 1-based: expected ≥ 1");
        }

        return epoch > MiningStartEpoch;
    }

    private static void Require(bool condition, string field, object actual, string expected)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(field, actual, $"{nameof(ContrastiveConfig)}.{field} must be {expected}, got {actual}");
        }
    }
}
