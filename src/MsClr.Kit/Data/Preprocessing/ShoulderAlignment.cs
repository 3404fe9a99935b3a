namespace MsClr.Kit.Data.Preprocessing;

/// <summary>
/// The official y-axis rotation (FORK <c>NTUMotionProcessor</c>, y_rotation=True): per person and frame, rotate about
/// the vertical axis so that the shoulder line (right − left, projected on the floor) points along +x.
/// </summary>
/// <remarks>
/// Reproduced with its quirks: the angle is arccos(v_x / (|v| + 1e-4)) per frame, but its sign is decided once per
/// sequence and person from Σ_t v_z (Σ ≥ 0 → negative angles), so frames whose own v_z disagrees are rotated the
/// wrong way; all-zero frames get 90° and stay zero.
/// </remarks>
public static class ShoulderAlignment
{
    /// <summary>Rotates every person of <paramref name="sample"/> about y. Joints are 0-based indices of the sample's format.</summary>
    public static SkeletonSample RotateAboutY(SkeletonSample sample, int leftShoulder, int rightShoulder)
    {
        TemporalResize.CheckJoint(sample, leftShoulder, nameof(leftShoulder));
        TemporalResize.CheckJoint(sample, rightShoulder, nameof(rightShoulder));
        var xyz = sample.Xyz;
        var output = (float[])xyz.Clone();
        var angles = new double[sample.Frames];
        for (var m = 0; m < sample.Persons; m++)
        {
            double sumZ = 0;
            for (var t = 0; t < sample.Frames; t++)
            {
                var (l, r) = (sample.Offset(t, m, leftShoulder, 0), sample.Offset(t, m, rightShoulder, 0));
                double vx = xyz[r] - xyz[l], vz = xyz[r + 2] - xyz[l + 2];
                angles[t] = Math.Acos(vx / (Math.Sqrt((vx * vx) + (vz * vz)) + 1e-4));
                sumZ += vz;
            }

            var sign = sumZ >= 0 ? -1.0 : 1.0;
            for (var t = 0; t < sample.Frames; t++)
            {
                var (cos, sin) = (Math.Cos(sign * angles[t]), Math.Sin(sign * angles[t]));
                for (var v = 0; v < sample.Joints; v++)
                {
                    var o = sample.Offset(t, m, v, 0);
                    double x = xyz[o], z = xyz[o + 2];
                    output[o] = (float)((cos * x) - (sin * z));
                    output[o + 2] = (float)((sin * x) + (cos * z));
                }
            }
        }

        return sample with { Xyz = output };
    }
}
