using MsClr.Kit.Data.Clips;
using MsClr.Kit.Experiments;
using MsClr.Kit.Models;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Kit.Tests.Training.Pretraining;

/// <summary>Checkpoint fingerprints are stored in run folders: a change to what they hash orphans every earlier run's
/// checkpoints (no resume, no kNN, subject or fine-tuning on its encoder). These values are those of real runs.</summary>
public class PretrainFingerprintTests
{
    // The quick budget's AimCLR, joint stream, Kinect v2, seed 1, 245 training clips, as ExperimentRunner configures it.
    private static PretrainConfig QuickBase(ProjectionInitialisation? head = null) => ReferenceCompat.Paper.ApplyTo((head is { } h ? Budget.Quick.Override(headInit: h) : Budget.Quick)
        .Apply(new PretrainConfig(Method: PretrainMethod.AimClr, Stream: MsClr.Kit.Skeletons.InputStream.Joint, Seed: 1, Pairing: FormatPairing.SameFormat)));

    [Fact]
    public void Fingerprints_PapersHead_AreTodaysThenTheOneRunsBeforeTheHeadInitOptionCarry() =>
        // C700…: runs since the head-init option (its field in the hashed JSON); D5EE…: the study's base seed 1, made before it.
        Assert.Equal(["C70076A4FA185026", "D5EE78DDF236A809"], Pretrainer.Fingerprints(["ntu-rgb+d"], 245, QuickBase()));

    [Fact]
    public void Fingerprints_FanInHead_HaveNoEarlierForm()
    {
        var fingerprints = Pretrainer.Fingerprints(["ntu-rgb+d"], 245, QuickBase(ProjectionInitialisation.FanIn));

        Assert.DoesNotContain(Assert.Single(fingerprints), Pretrainer.Fingerprints(["ntu-rgb+d"], 245, QuickBase()));
    }
}
