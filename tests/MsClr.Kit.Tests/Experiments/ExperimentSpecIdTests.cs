using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Experiments;

/// <summary>Spec ids name run folders on disk and rows in results stores: these were computed before the spec's fields
/// were typed and must never change, or finished runs are orphaned and rerun.</summary>
public class ExperimentSpecIdTests
{
    public static TheoryData<string, string> Pinned => new()
    {
        { "multi-format smoke", "aimclr-synthetic-xsub-joint-ntu+smplx-smoke-s3-89889ba2" },
        { "official compat", "skeletonclr-ntu60-xview-bone-ntu+smplx-paper-s3-d738f3d8" },
        { "overridden budget without augmentations", "aimclr-synthetic-xsub-motion-ntu-noaug-quick-e20-w4-s1-f731b49a" },
        { "baseline", "baseline-random-init-synthetic-xsub-motion-ntu-smoke-s2-661e354a" },
        { "bf16", "aimclr-ntu120-xset-joint-ntu-bf16-quick-s1-a3e178a3" },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Id_SpecsOfEveryKind_AreTheIdsOfExistingRuns(string kind, string expected) => Assert.Equal(expected, Spec(kind).Id);

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Parse_Canonical_KeepsTheId(string kind, string expected) =>
        Assert.Equal(expected, ExperimentSpecJson.Parse(Spec(kind).Canonical(), kind).Id);

    private static ExperimentSpec Spec(string kind) => kind switch
    {
        "multi-format smoke" => new(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d", "smplx_42"], ["ntu-rgb+d", "smplx_42"], Budget.Smoke, Seed: 3),
        "official compat" => new(PretrainMethod.SkeletonClr, Benchmark.Ntu60CrossView, InputStream.Bone, ["ntu-rgb+d", "smplx_42"], ["smplx_42"], Budget.Paper, Seed: 3, Compat: ReferenceCompat.Official),
        "overridden budget without augmentations" => new(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Motion, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Quick.Override(epochs: 20, width: 4),
            Augmentations: false),
        "baseline" => new(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Motion, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Smoke, Seed: 2, Baseline: BaselineKind.RandomInit),
        "bf16" => new(PretrainMethod.AimClr, Benchmark.Ntu120CrossSetup, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Quick, Precision: ComputePrecision.BFloat16),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind"),
    };
}
