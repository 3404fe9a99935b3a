using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static MsClr.Kit.Tests.Data.Augmentation.AugmentationData;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Data.Augmentation;

public class RotationStepTests
{
    private static readonly SkeletonFormat Format = SkeletonFormats.SmplX42;
    private static readonly float Quarter = MathF.PI / 2;

    private static float[] RotatePoint(params float[] anglesXyz)
    {
        var point = tensor(new[] { 1f, 2f, 3f }).view(1, 3, 1, 1, 1).expand(1, 3, 2, Format.JointCount, 1).contiguous();
        var rotated = new RotationStep().Apply(point, Draw(tensor(anglesXyz).view(1, 3)), Format);
        return rotated[0, .., 1, 5, 0].data<float>().ToArray();
    }

    [Theory]
    [InlineData(0, new[] { 1f, 3f, -2f })]   // R_x = [[1,0,0],[0,c,s],[0,−s,c]]: (1, 2c + 3s, −2s + 3c)
    [InlineData(1, new[] { -3f, 2f, 1f })]   // R_y = [[c,0,−s],[0,1,0],[s,0,c]]: (c − 3s, 2, s + 3c)
    [InlineData(2, new[] { 2f, -1f, 3f })]   // R_z = [[c,s,0],[−s,c,0],[0,0,1]]: (c + 2s, −s + 2c, 3)
    public void Apply_QuarterTurnAboutOneAxis_EqualsTheSpecMatrix(int axis, float[] expected)
    {
        using var scope = NewDisposeScope();
        var angles = new float[3];
        angles[axis] = Quarter;

        Assert.Equal(expected, RotatePoint(angles), new FloatTolerance(1e-6f));
    }

    [Fact]
    public void Apply_QuarterTurnsAboutXAndY_RotatesAboutXFirst()
    {
        using var scope = NewDisposeScope();
        // x first: (1, 2, 3) → (1, 3, −2), then y: (1·0 − (−2)·1, 3, 1·1 + 0) = (2, 3, 1). Y first would give (−3, 1, −2).
        Assert.Equal([2f, 3f, 1f], RotatePoint(Quarter, Quarter, 0), new FloatTolerance(1e-6f));
    }

    [Fact]
    public void Apply_SmallKnownAngles_EqualsRzRyRxComputedByHand()
    {
        using var scope = NewDisposeScope();
        var (ax, ay, az) = (0.3, 0.01, 0.02);
        double[,] Rx = { { 1, 0, 0 }, { 0, Math.Cos(ax), Math.Sin(ax) }, { 0, -Math.Sin(ax), Math.Cos(ax) } };
        double[,] Ry = { { Math.Cos(ay), 0, -Math.Sin(ay) }, { 0, 1, 0 }, { Math.Sin(ay), 0, Math.Cos(ay) } };
        double[,] Rz = { { Math.Cos(az), Math.Sin(az), 0 }, { -Math.Sin(az), Math.Cos(az), 0 }, { 0, 0, 1 } };
        double[] p = [1, 2, 3];
        var expected = Multiply(Rz, Multiply(Ry, Multiply(Rx, p)));

        Assert.Equal(expected.Select(v => (float)v), RotatePoint((float)ax, (float)ay, (float)az), new FloatTolerance(1e-5f));
    }

    [Fact]
    public void Apply_RandomDraws_PreservesEveryPointsNorm()
    {
        using var scope = NewDisposeScope();
        var x = Batch(Format, count: 8, seed: 6);

        var rotated = new RotationStep().Apply(x, Format, new Generator(7));

        Assert.True(MaxAbsDifference(x.pow(HeldScalars.Of(2)).sum(1).sqrt(), rotated.pow(HeldScalars.Of(2)).sum(1).sqrt()) < 1e-4f);
        Assert.True(MaxAbsDifference(x, rotated) > 1e-2f);
    }

    [Fact]
    public void Draw_DefaultRanges_OneMainAngleBelowThirtyDegreesOthersBelowOneAllNonNegative()
    {
        using var scope = NewDisposeScope();
        using var draw = new RotationStep().Draw([600, 3, 50, 42, 2], new Generator(8));
        var degrees = draw.Values.mul(HeldScalars.Of(180 / Math.PI)).data<float>().ToArray();

        Assert.True(draw.Applied.all().item<bool>());
        Assert.All(degrees, d => Assert.InRange(d, 0f, 30f));
        var rows = degrees.Chunk(3).ToArray();
        Assert.All(rows, r => Assert.True(r.Count(d => d > 1f) <= 1));
        var mainAxes = rows.Where(r => r.Any(d => d > 1f)).Select(r => Array.FindIndex(r, d => d > 1f)).ToArray();
        Assert.Equal([0, 1, 2], mainAxes.Distinct().Order());
        Assert.True(degrees.Max() > 25f);
    }

    private static double[] Multiply(double[,] m, double[] v) =>
        [.. Enumerable.Range(0, 3).Select(i => (m[i, 0] * v[0]) + (m[i, 1] * v[1]) + (m[i, 2] * v[2]))];
}
