namespace MsClr.Kit.Data.Preprocessing;

/// <summary>Makes coordinates relative to one joint, per frame and person (upstream: NTU joint 20, SpineShoulder).</summary>
public static class JointCentering
{
    /// <summary>Subtracts joint <paramref name="joint"/> from every joint of the same frame and person; that joint becomes 0.
    /// Absent persons and all-zero frames stay zero.</summary>
    public static SkeletonSample SubtractJoint(SkeletonSample sample, int joint)
    {
        TemporalResize.CheckJoint(sample, joint, nameof(joint));
        var output = (float[])sample.Xyz.Clone();
        for (var t = 0; t < sample.Frames; t++)
        {
            for (var m = 0; m < sample.Persons; m++)
            {
                var centre = sample.Offset(t, m, joint, 0);
                var (cx, cy, cz) = (sample.Xyz[centre], sample.Xyz[centre + 1], sample.Xyz[centre + 2]);
                for (var v = 0; v < sample.Joints; v++)
                {
                    var o = sample.Offset(t, m, v, 0);
                    output[o] -= cx;
                    output[o + 1] -= cy;
                    output[o + 2] -= cz;
                }
            }
        }

        return sample with { Xyz = output };
    }
}
