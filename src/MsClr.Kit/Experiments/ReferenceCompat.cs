using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Kit.Experiments;

/// <summary>
/// The switches between the paper (and anatomy), which the kit follows by default, and the official code's behaviour
/// (reference-spec §12). <see cref="Paper"/> is the default; <see cref="Official"/> turns every switch to the code.
/// </summary>
/// <param name="PadJointsInBlocks">§12 row 14: zero-pad every format to V_max inside the shared blocks, so padded joints
/// enter BatchNorm statistics (official), instead of running each format at its own joint count (paper: "masked").</param>
/// <param name="SeparateKeyInitialisation">§12 row 8: re-initialise the key encoder after copying it (official), instead of
/// starting it as an exact copy of the query encoder (MoCo).</param>
/// <param name="NtuBonesInLinearEvaluation">§12 row 2: apply NTU's bone pairs to every format in linear evaluation
/// (official bug), instead of each format's own bones.</param>
/// <param name="OfficialSmpl24FlipTable">§12 row 3: flip smpl_24 with the official table, which leaves the hands unswapped.</param>
/// <param name="EnsembleAveragesLogits">§12 row 19: average raw logits in the per-format ensemble (official), instead of
/// softmax probabilities (paper: "soft voting").</param>
/// <param name="PairsPerWorker">§12 row 13: four (query, key) format pairs per epoch cycling over the batches, as the
/// official data loader's workers do, instead of a fresh pair per batch.</param>
public sealed record ReferenceCompat(
    bool PadJointsInBlocks = false,
    bool SeparateKeyInitialisation = false,
    bool NtuBonesInLinearEvaluation = false,
    bool OfficialSmpl24FlipTable = false,
    bool EnsembleAveragesLogits = false,
    bool PairsPerWorker = false)
{
    /// <summary>The kit's defaults: the paper's behaviour and correct anatomy.</summary>
    public static ReferenceCompat Paper { get; } = new();

    /// <summary>Every switch set to the official code's behaviour.</summary>
    public static ReferenceCompat Official { get; } = new(true, true, true, true, true, true);

    /// <summary>The two named compats, in the form specs and <c>--compat</c> write them.</summary>
    public static IReadOnlyList<ReferenceCompat> Named { get; } = [Paper, Official];

    /// <summary><c>paper</c> or <c>official</c> (what a spec's JSON and <c>--compat</c> hold); <c>custom</c> for any other mix of switches.</summary>
    public string Name => this == Paper ? "paper" : this == Official ? "official" : "custom";

    /// <summary>The compat named <paramref name="name"/> (<c>paper</c> or <c>official</c>, any case).</summary>
    /// <exception cref="ArgumentException">Any other name.</exception>
    public static ReferenceCompat Parse(string name) =>
        Named.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"compat '{name}': expected 'paper' or 'official'", nameof(name));

    /// <summary>How the per-format ensemble averages scores.</summary>
    public ScoreAveraging EnsembleAveraging => EnsembleAveragesLogits ? ScoreAveraging.Logits : ScoreAveraging.Softmax;

    /// <summary><paramref name="config"/> with this compat's encoder padding, key initialisation and format pairing.</summary>
    public PretrainConfig ApplyTo(PretrainConfig config) => config with
    {
        Encoder = config.EffectiveEncoder with { PadJointsInBlocks = PadJointsInBlocks },
        SeparateKeyInitialisation = SeparateKeyInitialisation,
        Pairing = PairsPerWorker && config.Pairing == FormatPairing.FullRandom ? FormatPairing.FullRandomPerWorker : config.Pairing,
    };

    /// <summary><paramref name="augmenter"/> with this compat's flip table in its extreme recipe.</summary>
    public ViewAugmenter ApplyTo(ViewAugmenter augmenter) => augmenter with
    {
        ExtremeRecipe = augmenter.ExtremeRecipe.Steps.OfType<SpatialFlipStep>().Any()
            ? augmenter.ExtremeRecipe.Replace<SpatialFlipStep>(step => step with { OfficialSmpl24Table = OfficialSmpl24FlipTable })
            : augmenter.ExtremeRecipe,
    };
}
