using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>
/// Rotation (upstream <c>random_rotate</c>, extreme view, always applied): a main axis uniform in {x, y, z} turns by an
/// angle uniform in [0°, <see cref="MainAxisMaxDegrees"/>), the other two by angles uniform in [0°,
/// <see cref="OtherAxesMaxDegrees"/>); all angles non-negative, as upstream (spec §12 row 6). Applied about x, then y,
/// then z: p' = R_z R_y R_x p with R_x = [[1,0,0],[0,c,s],[0,−s,c]], R_y = [[c,0,−s],[0,1,0],[s,0,c]],
/// R_z = [[c,s,0],[−s,c,0],[0,0,1]].
/// </summary>
/// <remarks>Values: (N, 3) float32 angles in radians about x, y, z (the main axis is the one with the large range).
/// Draw order: the main axes (N), then the unit draws of the three angles (N, 3).</remarks>
public sealed record RotationStep : AugmentationStep
{
    private readonly double mainAxisMaxDegrees = 30;
    private readonly double otherAxesMaxDegrees = 1;

    /// <summary>Upper end of the main axis's angle range, in degrees (30).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public double MainAxisMaxDegrees
    {
        get => mainAxisMaxDegrees;
        init => mainAxisMaxDegrees = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MainAxisMaxDegrees), value, "must be ≥ 0");
    }

    /// <summary>Upper end of the two other axes' angle range, in degrees (1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public double OtherAxesMaxDegrees
    {
        get => otherAxesMaxDegrees;
        init => otherAxesMaxDegrees = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(OtherAxesMaxDegrees), value, "must be ≥ 0");
    }

    /// <summary>The rotations R_z R_y R_x (N, 3, 3) for angles (N, 3) in radians about x, y, z.</summary>
    public static Tensor Matrices(Tensor angles)
    {
        using var scope = NewDisposeScope();
        var (cos, sin) = (angles.cos(), angles.sin());
        var one = ones_like(angles.narrow(1, 0, 1));
        var zero = zeros_like(one);
        Tensor C(int axis) => cos.narrow(1, axis, 1);
        Tensor S(int axis) => sin.narrow(1, axis, 1);
        Tensor Matrix(params Tensor[] entries) => cat(entries, 1).view(-1, 3, 3);
        var rx = Matrix(one, zero, zero, zero, C(0), S(0), zero, -S(0), C(0));
        var ry = Matrix(C(1), zero, -S(1), zero, one, zero, S(1), zero, C(1));
        var rz = Matrix(C(2), S(2), zero, -S(2), C(2), zero, zero, zero, one);
        return rz.bmm(ry).bmm(rx).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    protected override Tensor DrawValues(long[] shape, Generator generator)
    {
        using var scope = NewDisposeScope();
        var count = shape[0];
        var mainAxis = RandomDraws.Integer(generator, count, 3);
        var unit = RandomDraws.Uniform(generator, [count, 3], 0, 1);
        var isMain = nn.functional.one_hot(mainAxis, 3).to(ScalarType.Bool);
        var limits = where(isMain, DegreesToRadians(MainAxisMaxDegrees), DegreesToRadians(OtherAxesMaxDegrees)).to(ScalarType.Float32);
        return unit.mul(limits).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    protected override Tensor Transform(Tensor batch, Tensor values, SkeletonFormat format)
    {
        ChannelMix.RequireXyz(batch, nameof(RotationStep));
        return ChannelMix.Apply(batch, Matrices(values));
    }

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
