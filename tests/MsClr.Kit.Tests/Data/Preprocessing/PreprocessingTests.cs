using MsClr.Kit.Data;
using MsClr.Kit.Data.Preprocessing;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Data.Preprocessing;

public class PreprocessingTests
{
    private static readonly Dictionary<string, int> NoMetadata = [];

    /// <summary>One person, one joint: frame t holds (values[t], 0, 0).</summary>
    private static SkeletonSample Ramp(params float[] values) =>
        new("ramp", 0, NoMetadata, values.Length, 1, 1, values.SelectMany(v => new[] { v, 0f, 0f }).ToArray());

    private static float[] X(SkeletonSample sample) => Enumerable.Range(0, sample.Frames).Select(t => sample.Xyz[sample.Offset(t, 0, 0, 0)]).ToArray();

    [Fact]
    public void Resize_FourFramesToTwo_AveragesPairsWithHalfPixelCentres()
    {
        var resized = TemporalResize.Resize(Ramp(1, 3, 10, 20), 2, 4);
        Assert.Equal(new[] { 2f, 15f }, X(resized));
    }

    [Fact]
    public void Resize_TwoFramesToFour_ClampsAtBothEnds()
    {
        // s = (y + 0.5)/2 − 0.5 = −0.25, 0.25, 0.75, 1.25 → x0, 0.75·x0 + 0.25·x1, 0.25·x0 + 0.75·x1, x1.
        var resized = TemporalResize.Resize(Ramp(4, 8), 4, 2);
        Assert.Equal(new[] { 4f, 5f, 7f, 8f }, X(resized));
    }

    [Fact]
    public void Resize_OnlyTheFirstValidFramesAreUsed()
    {
        var resized = TemporalResize.Resize(Ramp(4, 8, 100, 100), 4, 2);
        Assert.Equal(new[] { 4f, 5f, 7f, 8f }, X(resized));
    }

    [Fact]
    public void Resize_SameLength_IsIdentity()
    {
        var values = Enumerable.Range(0, 50).Select(i => MathF.Sin(i * 0.3f)).ToArray();
        Assert.Equal(values, X(TemporalResize.Resize(Ramp(values), 50, 50)));
    }

    [Fact]
    public void ValidLength_CountsFramesWherePersonZerosJointIsNotAtTheOrigin()
    {
        Assert.Equal(3, TemporalResize.ValidLength(Ramp(1, 2, 3, 0, 0), 0));
        Assert.Throws<ArgumentException>(() => TemporalResize.Resize(Ramp(0, 0), 50, 0));
    }

    [Fact]
    public void SubtractJoint_TwoJoints_CentreBecomesZeroAndOffsetsRemain()
    {
        var sample = new SkeletonSample("c", 0, NoMetadata, 1, 1, 2, [1, 2, 3, 5, 7, 11]);
        var centred = JointCentering.SubtractJoint(sample, 1);
        Assert.Equal(new[] { -4f, -5f, -8f, 0f, 0f, 0f }, centred.Xyz);
    }

    [Fact]
    public void RotateAboutY_ShouldersAlongZ_TurnsTheShoulderLineOntoPlusX()
    {
        // Left shoulder at the origin, right shoulder 1 m along +z, a third joint at (2, 5, 0).
        var sample = new SkeletonSample("r", 0, NoMetadata, 1, 1, 3, [0, 0, 0, 0, 0, 1, 2, 5, 0]);

        var rotated = ShoulderAlignment.RotateAboutY(sample, 0, 1);

        // θ = arccos(0) = 90°, Σ v_z ≥ 0 → −90°: x' = z, z' = −x (y unchanged).
        float[] expected = [0, 0, 0, 1, 0, 0, 0, 5, -2];
        Assert.All(expected.Zip(rotated.Xyz), p => Assert.Equal(p.First, p.Second, 4));
    }

    [Fact]
    public void RotateAboutY_AllZeroFrame_StaysZero()
    {
        var sample = new SkeletonSample("z", 0, NoMetadata, 2, 1, 2, [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
        var rotated = ShoulderAlignment.RotateAboutY(sample, 0, 1);
        Assert.Equal(new float[6], rotated.Xyz.Take(6));
    }

    [Fact]
    public void Recipe_Ntu_IsTheOfficialJointsAndGivesFiftyCentredAlignedFrames()
    {
        var recipe = PreprocessingRecipe.For(SkeletonFormats.NtuRgbD);
        Assert.Equal(new PreprocessingRecipe(0, 20, 4, 8, 50, true), recipe);

        var random = new Random(3);
        var frames = 73;
        var xyz = new float[frames * 2 * 25 * 3];
        for (var t = 0; t < 70; t++)
        {
            for (var v = 0; v < 25; v++)
            {
                for (var c = 0; c < 3; c++)
                {
                    xyz[(((t * 2) + 0) * 25 + v) * 3 + c] = (float)random.NextDouble() + 1;
                }
            }

            // Shoulders 40 cm apart, yawed 20–60° (v_z > 0 in every frame, so the one global sign is right for all).
            var yaw = (20 + (40 * random.NextDouble())) * Math.PI / 180;
            var (dx, dz) = ((float)(0.2 * Math.Cos(yaw)), (float)(0.2 * Math.Sin(yaw)));
            var (left, right) = (((t * 2) * 25 + 4) * 3, ((t * 2) * 25 + 8) * 3);
            (xyz[left], xyz[left + 1], xyz[left + 2]) = (1.5f - dx, 1.4f, 3f - dz);
            (xyz[right], xyz[right + 1], xyz[right + 2]) = (1.5f + dx, 1.4f, 3f + dz);
        }

        var output = recipe.Apply(new SkeletonSample("S001C001P001R001A001", 0, NoMetadata, frames, 2, 25, xyz));

        Assert.Equal(50, output.Frames);
        for (var t = 0; t < 50; t++)
        {
            var centre = output.Offset(t, 0, 20, 0);
            Assert.Equal(0f, MathF.Abs(output.Xyz[centre]) + MathF.Abs(output.Xyz[centre + 1]) + MathF.Abs(output.Xyz[centre + 2]), 5);
            var (l, r) = (output.Offset(t, 0, 4, 0), output.Offset(t, 0, 8, 0));
            Assert.True(MathF.Abs(output.Xyz[r + 2] - output.Xyz[l + 2]) < 1e-3f, $"frame {t}: shoulder line not along x");
            Assert.True(output.Xyz[r] - output.Xyz[l] > 0.3f, $"frame {t}: right shoulder not on +x");
            Assert.Equal(0f, Enumerable.Range(0, 25 * 3).Sum(i => MathF.Abs(output.Xyz[output.Offset(t, 1, 0, 0) + i])));
        }
    }

    [Theory]
    [InlineData("smpl_24")]
    [InlineData("smplx_42")]
    [InlineData("berkeley_mhad_43")]
    public void Recipe_MetrabsFormats_UseAnatomicalEquivalents(string name)
    {
        var format = SkeletonFormats.Get(name);
        var recipe = PreprocessingRecipe.For(format);
        Assert.Equal(format.FlipPermutation[recipe.LeftShoulder], recipe.RightShoulder);
        Assert.Equal(recipe.CentreJoint, format.FlipPermutation[recipe.CentreJoint]);
    }

    [Fact]
    public void Recipe_CustomFormat_AsksForAnExplicitRecipe()
    {
        var custom = SkeletonFormatJson.Parse("""{"name": "pair", "joints": ["a", "b"], "edges": [["a", "b"]], "center": "a", "unit": "m"}""");
        var error = Assert.Throws<KeyNotFoundException>(() => PreprocessingRecipe.For(custom));
        Assert.Contains("'pair'", error.Message);
    }
}
