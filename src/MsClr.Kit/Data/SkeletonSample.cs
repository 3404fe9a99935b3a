using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data;

/// <summary>
/// One action clip in one skeleton format, as stored (data contract: data-prep/README.md): coordinates in metres,
/// laid out (T, M, V, C) with C = 3 (x, y, z), float32. Absent persons and missing frames are zeros.
/// </summary>
/// <param name="SampleId">Dataset-unique id, e.g. <c>S001C002P003R002A013</c>; the same clip has the same id in every format.</param>
/// <param name="Label">0-based class label.</param>
/// <param name="Metadata">Integer metadata the splits are computed from (NTU: setup, camera, subject, replication; synthetic: subject, view).</param>
/// <param name="Frames">T, the number of frames.</param>
/// <param name="Persons">M, the number of person slots (2 for NTU).</param>
/// <param name="Joints">V, the format's joint count.</param>
/// <param name="Xyz">T·M·V·3 coordinates in metres, (T, M, V, C) row-major.</param>
public sealed record SkeletonSample(
    string SampleId,
    int Label,
    IReadOnlyDictionary<string, int> Metadata,
    int Frames,
    int Persons,
    int Joints,
    float[] Xyz)
{
    /// <summary>Coordinates per joint: always 3 (x, y, z).</summary>
    public const int Channels = 3;

    /// <summary>The unit of <see cref="Xyz"/>: always metres in the store; importers convert.</summary>
    public LengthUnit Unit => LengthUnit.Metre;

    /// <summary>Offset of coordinate <paramref name="c"/> of joint <paramref name="v"/>, person <paramref name="m"/>, frame <paramref name="t"/> in <see cref="Xyz"/>.</summary>
    public int Offset(int t, int m, int v, int c) => ((t * Persons + m) * Joints + v) * Channels + c;

    /// <summary>Throws <see cref="ArgumentException"/> naming the sample when the array length or a count is inconsistent or a value is not finite.</summary>
    public void Validate()
    {
        if (Frames <= 0 || Persons <= 0 || Joints <= 0)
        {
            throw new ArgumentException($"sample {SampleId}: frames, persons and joints must be positive (got {Frames}, {Persons}, {Joints})");
        }

        var expected = (long)Frames * Persons * Joints * Channels;
        if (Xyz.LongLength != expected)
        {
            throw new ArgumentException($"sample {SampleId}: xyz has {Xyz.LongLength} values, expected T·M·V·3 = {Frames}·{Persons}·{Joints}·3 = {expected}");
        }

        var bad = Array.FindIndex(Xyz, x => !float.IsFinite(x));
        if (bad >= 0)
        {
            throw new ArgumentException($"sample {SampleId}: xyz[{bad}] is {Xyz[bad]}; coordinates must be finite");
        }
    }
}
