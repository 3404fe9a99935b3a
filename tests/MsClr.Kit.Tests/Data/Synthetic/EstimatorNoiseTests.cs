using MsClr.Kit.Data;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Skeletons;
using Xunit.Abstractions;
using static MsClr.Kit.Tests.Data.Synthetic.SyntheticTestData;

namespace MsClr.Kit.Tests.Data.Synthetic;

public class EstimatorNoiseTests(ITestOutputHelper output)
{
    private static readonly SyntheticConfig Config = TwoPerClass with { Samples = 20 };

    [Fact]
    public void Generate_EveryFormat_AddsMillimetreToCentimetreNoise()
    {
        foreach (var format in SkeletonFormats.All)
        {
            var rms = Residuals(Config, format).Average(r => Enumerable.Range(0, format.JointCount).Average(v => Rms(r.Noisy, r.Clean, v)));
            output.WriteLine($"{format.Name}: mean per-joint RMS noise {rms * 1000:F1} mm");
            Assert.InRange(rms, 0.002, 0.03);
        }
    }

    [Fact]
    public void Generate_Kinect_IsNoisierAtHandsThanAtSpine()
    {
        var ntu = SkeletonFormats.NtuRgbD;
        var residuals = Residuals(Config with { KinectDropRate = 0 }, ntu);
        double Mean(string joint) => residuals.Average(r => Rms(r.Noisy, r.Clean, ntu.JointIndex(joint)));

        var hands = new[] { "HandLeft", "HandRight", "HandTipLeft", "HandTipRight", "ThumbLeft", "ThumbRight" }.Average(Mean);
        var spine = new[] { "SpineBase", "SpineMid", "SpineShoulder" }.Average(Mean);
        output.WriteLine($"Kinect RMS noise: hands {hands * 1000:F1} mm, spine {spine * 1000:F1} mm");

        Assert.True(hands > 2 * spine, $"hands {hands * 1000:F1} mm vs spine {spine * 1000:F1} mm");
    }

    [Fact]
    public void Generate_FormatsSharingALandmark_GetIndependentNoise()
    {
        // smpl_24 and smplx_42 render lwri from the same landmark: equal when clean, different after their own noise.
        var smpl = SyntheticDataset.Render(Config, 3, SkeletonFormats.Smpl24);
        var smplx = SyntheticDataset.Render(Config, 3, SkeletonFormats.SmplX42);
        var cleanSmpl = SyntheticDataset.RenderClean(Config, 3, SkeletonFormats.Smpl24);
        var cleanSmplx = SyntheticDataset.RenderClean(Config, 3, SkeletonFormats.SmplX42);
        var (a, b) = (SkeletonFormats.Smpl24.JointIndex("lwri"), SkeletonFormats.SmplX42.JointIndex("lwri"));

        Assert.Equal(0f, Distance(cleanSmpl, a, cleanSmplx, b, 5, 0));
        Assert.True(Distance(smpl, a, smplx, b, 5, 0) > 1e-4f);
    }

    [Fact]
    public void Generate_NoNoiseAndNoDrops_EqualsRenderClean()
    {
        var quiet = Config with { NoiseScale = 0, KinectDropRate = 0 };

        foreach (var format in SkeletonFormats.All)
        {
            Assert.All(Residuals(quiet, format), r => Assert.Equal(r.Clean.Xyz, r.Noisy.Xyz));
        }
    }

    [Fact]
    public void Generate_KinectDrops_RepeatThePreviousPoseAndOnlyInKinect()
    {
        var drops = Config with { KinectDropRate = 0.2f };

        Assert.True(RepeatedFrames(SyntheticDataset.Generate(drops, SkeletonFormats.NtuRgbD)) > 0.1);
        Assert.Equal(0, RepeatedFrames(SyntheticDataset.Generate(drops, SkeletonFormats.Smpl24)));
    }

    [Fact]
    public void Generate_MetrabsFormats_HaveABiasThatIsConstantAcrossSamples()
    {
        var format = SkeletonFormats.Smpl24;
        var residuals = Residuals(TwoPerClass with { Samples = 40 }, format);
        var first = MeanResidual(residuals.Take(20), format.JointCount);
        var second = MeanResidual(residuals.Skip(20), format.JointCount);

        var correlation = Correlation(first, second);
        var size = Math.Sqrt(first.Average(x => x * x) * 3);
        output.WriteLine($"bias: {size * 1000:F1} mm per joint, correlation between halves {correlation:F2}");
        Assert.InRange(size, 0.001, 0.01);
        Assert.True(correlation > 0.7, $"correlation {correlation:F2}");
    }

    private static List<(SkeletonSample Noisy, SkeletonSample Clean)> Residuals(SyntheticConfig config, SkeletonFormat format) =>
        SyntheticDataset.Generate(config, format).Select(s => (s, SyntheticDataset.RenderClean(config, int.Parse(s.SampleId[3..]), format))).ToList();

    private static double RepeatedFrames(IEnumerable<SkeletonSample> samples)
    {
        var (repeated, total) = (0, 0);
        foreach (var s in samples)
        {
            var size = s.Joints * 3;
            for (var t = 1; t < s.Frames; t++)
            {
                total++;
                repeated += s.Xyz.AsSpan(s.Offset(t, 0, 0, 0), size).SequenceEqual(s.Xyz.AsSpan(s.Offset(t - 1, 0, 0, 0), size)) ? 1 : 0;
            }
        }

        return repeated / (double)total;
    }

    private static double[] MeanResidual(IEnumerable<(SkeletonSample Noisy, SkeletonSample Clean)> residuals, int joints)
    {
        var sum = new double[joints * 3];
        var count = 0;
        foreach (var (noisy, clean) in residuals)
        {
            for (var t = 0; t < noisy.Frames; t++, count++)
            {
                for (var i = 0; i < sum.Length; i++)
                {
                    sum[i] += noisy.Xyz[noisy.Offset(t, 0, 0, 0) + i] - clean.Xyz[clean.Offset(t, 0, 0, 0) + i];
                }
            }
        }

        return sum.Select(x => x / count).ToArray();
    }

    private static double Correlation(double[] a, double[] b)
    {
        var (ma, mb) = (a.Average(), b.Average());
        var cov = a.Zip(b).Sum(p => (p.First - ma) * (p.Second - mb));
        return cov / Math.Sqrt(a.Sum(x => (x - ma) * (x - ma)) * b.Sum(x => (x - mb) * (x - mb)));
    }
}
