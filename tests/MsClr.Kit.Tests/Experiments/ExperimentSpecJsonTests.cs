using MsClr.Kit.Experiments;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Experiments;

public sealed class ExperimentSpecJsonTests
{
    public static TheoryData<ExperimentSpec> Specs() =>
    [
        new(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Smoke),
        new(PretrainMethod.SkeletonClr, Benchmark.Ntu60CrossView, InputStream.Bone, ["ntu-rgb+d", "smplx_42"], ["smplx_42"], Budget.Paper, Seed: 3, Compat: ReferenceCompat.Official),
        new(PretrainMethod.AimClr, Benchmark.SyntheticCrossView, InputStream.Motion, ["ntu-rgb+d", "smpl_24"], ["ntu-rgb+d", "smpl_24"], Budget.Quick, Seed: ulong.MaxValue,
            Augmentations: false, Precision: ComputePrecision.BFloat16),
        new(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Smoke, AugMethod: "12"),
        new(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Smoke, ShearAmplitude: 0.1),
        new(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Smoke, TemporalCrop: false),
    ];

    [Fact]
    public void Id_AugMethod_NamesTheAblationAndKeepsThePapersIdsUnchanged()
    {
        var paper = new ExperimentSpec(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Smoke, Seed: 2);

        Assert.Equal(paper.Id, (paper with { AugMethod = "12345" }).Id);
        Assert.DoesNotContain("aug_method", paper.Canonical());
        Assert.StartsWith("aimclr-synthetic-xsub-joint-ntu-aug12-smoke-s2-", (paper with { AugMethod = "12" }).Id);
        Assert.Contains("\"aug_method\":\"12\"", (paper with { AugMethod = "12" }).Canonical());
        Assert.Equal(paper.Id, (paper with { ShearAmplitude = 0.5 }).Id);
        Assert.StartsWith("aimclr-synthetic-xsub-joint-ntu-shear0.1-smoke-s2-", (paper with { ShearAmplitude = 0.1 }).Id);
        Assert.Equal(paper.Id, (paper with { TemporalCrop = true }).Id);
        Assert.DoesNotContain("temporal_crop", paper.Canonical());
        Assert.StartsWith("aimclr-synthetic-xsub-joint-ntu-nocrop-smoke-s2-", (paper with { TemporalCrop = false }).Id);
        Assert.Contains("\"temporal_crop\":false", (paper with { TemporalCrop = false }).Canonical());
    }

    [Fact]
    public void Parse_TemporalCropNotABoolean_NamesTheField()
    {
        var json = new ExperimentSpec(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Smoke, TemporalCrop: false)
            .Canonical().Replace("\"temporal_crop\":false", "\"temporal_crop\":\"no\"", StringComparison.Ordinal);

        Assert.Contains("field 'temporal_crop': expected true or false", Assert.Throws<InvalidDataException>(() => ExperimentSpecJson.Parse(json, "spec.json")).Message);
    }

    [Fact]
    public void Parse_BadAugMethod_NamesTheField()
    {
        var json = new ExperimentSpec(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Smoke, AugMethod: "12")
            .Canonical().Replace("\"aug_method\":\"12\"", "\"aug_method\":\"19\"", StringComparison.Ordinal);

        Assert.Contains("field 'aug_method': expected distinct digits from 1 to 6", Assert.Throws<InvalidDataException>(() => ExperimentSpecJson.Parse(json, "spec.json")).Message);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Parse_Canonical_RoundTripsToTheSameIdAndFields(ExperimentSpec spec)
    {
        var parsed = ExperimentSpecJson.Parse(spec.Canonical(), "spec.json");

        Assert.Equal(spec.Id, parsed.Id);
        Assert.Equal(spec.Canonical(), parsed.Canonical());
        Assert.Equal(spec.TrainingFormats, parsed.TrainingFormats);
    }

    [Theory]
    [InlineData("{\"method\":\"AimClr\"}", "field 'seed': expected present")]
    [InlineData("{\"method\":\"Nope\",\"benchmark\":\"synthetic-xsub\",\"stream\":\"Joint\",\"training\":[],\"evaluation\":[],\"budget\":\"smoke\",\"seed\":1,\"compat\":\"paper\"}", "field 'method': expected one of SkeletonClr, AimClr")]
    [InlineData("{\"method\":\"AimClr\",\"benchmark\":\"synthetic-xsub\",\"stream\":\"Joint\",\"training\":[1],\"evaluation\":[],\"budget\":\"smoke\",\"seed\":1,\"compat\":\"paper\"}", "field 'training'")]
    [InlineData("{\"method\":\"AimClr\",\"benchmark\":\"synthetic-xsub\",\"stream\":\"Joint\",\"training\":[],\"evaluation\":[],\"budget\":\"smoke\",\"seed\":-1,\"compat\":\"paper\"}", "field 'seed'")]
    [InlineData("{\"method\":\"AimClr\",\"benchmark\":\"b\",\"stream\":\"Joint\",\"training\":[],\"evaluation\":[],\"budget\":\"smoke\",\"seed\":1,\"compat\":\"paper\"}", "field 'benchmark': expected one of ntu60-xsub")]
    [InlineData("{\"method\":\"AimClr\",\"benchmark\":\"synthetic-xsub\",\"stream\":\"Joint\",\"training\":[],\"evaluation\":[],\"budget\":\"smoke\",\"seed\":1,\"compat\":\"both\"}", "field 'compat': expected paper or official")]
    [InlineData("{\"method\":\"AimClr\",\"benchmark\":\"synthetic-xsub\",\"stream\":\"Joint\",\"training\":[],\"evaluation\":[],\"budget\":\"huge\",\"seed\":1,\"compat\":\"paper\"}", "field 'budget': expected one of smoke, quick, paper")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("{", "not valid JSON")]
    public void Parse_BadSpec_NamesTheSourceAndTheField(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => ExperimentSpecJson.Parse(json, "sweep.json specs[4]"));

        Assert.StartsWith("sweep.json specs[4]: ", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
