using MsClr.Kit.Data;
using MsClr.Kit.Data.Preprocessing;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Skeletons;
using Xunit.Abstractions;

namespace MsClr.Kit.Tests.Data.Synthetic;

/// <summary>
/// The point of the fine-grained classes: a nearest-centroid classifier on smplx_42's hand and face points separates them
/// better than one on all of Kinect's joints except hand tips and thumbs, trained on odd subjects and tested on even ones.
/// </summary>
public class FineGrainedSeparabilityTests(ITestOutputHelper output)
{
    private const int ResampledFrames = 20;

    private static readonly string[] SmplXHandAndFace =
        ["lwri", "rwri", "lmiddle1", "rmiddle1", "lthu", "rthu", "lmiddle", "rmiddle", "head", "jaw", "nose", "leye", "reye", "leyehf", "reyehf", "lear", "rear"];

    private static readonly string[] KinectWithoutFingers =
        SkeletonFormats.NtuRgbD.JointNames.Where(j => !j.StartsWith("HandTip", StringComparison.Ordinal) && !j.StartsWith("Thumb", StringComparison.Ordinal)).ToArray();

    // 20 samples per class (one per subject), one view so the comparison is about joints, not viewpoint.
    private static readonly SyntheticConfig Config = new() { Samples = 20 * SyntheticActions.Count, Seed = 11, Views = 1 };

    [Theory]
    [InlineData(1f)]
    [InlineData(0f)]
    public void NearestCentroid_FineGrainedClasses_HandAndFacePointsBeatCoarseKinectJoints(float noiseScale)
    {
        var config = Config with { NoiseScale = noiseScale, KinectDropRate = noiseScale * Config.KinectDropRate };

        var fine = Accuracy(config, SkeletonFormats.SmplX42, SmplXHandAndFace);
        var coarse = Accuracy(config, SkeletonFormats.NtuRgbD, KinectWithoutFingers);
        output.WriteLine($"noise x{noiseScale}: smplx_42 hand+face {fine:P1}, ntu-rgb+d without hand tips/thumbs {coarse:P1}");

        Assert.True(fine >= coarse + 0.1, $"smplx_42 {fine:P1} vs ntu-rgb+d {coarse:P1}");
    }

    private static double Accuracy(SyntheticConfig config, SkeletonFormat format, string[] joints)
    {
        var indices = joints.Select(format.JointIndex).ToArray();
        // Sample i has label i mod (number of classes), so only the fine-grained indices need rendering.
        var renderer = SyntheticRenderer.For(format);
        var samples = Enumerable.Range(0, config.Samples)
            .Where(i => SyntheticActions.All[i % SyntheticActions.Count].Kind == SyntheticActionKind.FineGrained)
            .Select(i => SyntheticDataset.Render(config, i, renderer))
            .Select(s => (s.Label, Training: SyntheticSplits.IsTraining(s, Benchmark.SyntheticCrossSubject), Features: Features(s, format.Center, indices)))
            .ToList();
        Assert.All(samples, s => Assert.Equal(SyntheticActionKind.FineGrained, SyntheticActions.All[s.Label].Kind));

        var centroids = samples.Where(s => s.Training).GroupBy(s => s.Label).ToDictionary(
            g => g.Key,
            g => Enumerable.Range(0, g.First().Features.Length).Select(k => g.Average(s => s.Features[k])).ToArray());
        var test = samples.Where(s => !s.Training).ToList();
        var correct = test.Count(s => centroids.MinBy(c => SquaredDistance(c.Value, s.Features)).Key == s.Label);
        return correct / (double)test.Count;
    }

    // Person 1's chosen joints relative to the format's centre joint: mean and spread over time of each coordinate. Time
    // statistics, because clips start and end at different points of their action (generator version 2): a frame-by-frame
    // comparison would measure timing, and this test is about which points the formats carry.
    private static double[] Features(SkeletonSample sample, int centre, int[] joints)
    {
        var resized = TemporalResize.Resize(sample, ResampledFrames, sample.Frames);
        var features = new double[joints.Length * 3 * 2];
        var k = 0;
        foreach (var joint in joints)
        {
            for (var c = 0; c < 3; c++)
            {
                var values = Enumerable.Range(0, ResampledFrames)
                    .Select(t => (double)resized.Xyz[resized.Offset(t, 0, joint, c)] - resized.Xyz[resized.Offset(t, 0, centre, c)])
                    .ToArray();
                var mean = values.Average();
                features[k++] = mean;
                features[k++] = Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
            }
        }

        return features;
    }

    private static double SquaredDistance(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }

        return sum;
    }
}
