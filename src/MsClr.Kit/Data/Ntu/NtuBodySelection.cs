namespace MsClr.Kit.Data.Ntu;

/// <summary>
/// Turns an <see cref="NtuSkeletonFile"/> into the official gendata array: float32 of shape
/// (C=3, T, V=25, M=2) with T = min(frames, 300), row-major, so element (c, t, v, m) is at
/// <c>((c·T + t)·25 + v)·2 + m</c> (see <see cref="Offset"/>); c is x, y, z in metres. Empty slots stay 0.
/// The official gendata also zero-pads T to 300; callers that need that do it, and the resampling step
/// needs the real length.
/// </summary>
public static class NtuBodySelection
{
    /// <summary>Frames kept at most (official <c>max_frame</c>); later frames are dropped.</summary>
    public const int MaxFrames = 300;

    /// <summary>Body slots (official <c>max_body</c>).</summary>
    public const int MaxBodies = 2;

    private const int V = NtuSkeletonFile.JointCount;

    /// <summary>Frames in the output for a file: min(<see cref="NtuSkeletonFile.FrameCount"/>, 300).</summary>
    public static int OutputFrames(NtuSkeletonFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Math.Min(file.FrameCount, MaxFrames);
    }

    /// <summary>Flat offset of element (channel, frame, joint, slot) in an array with <paramref name="frames"/> frames.</summary>
    public static int Offset(int channel, int frame, int joint, int slot, int frames) =>
        ((((channel * frames) + frame) * V) + joint) * MaxBodies + slot;

    /// <summary>
    /// Builds the (3, T, 25, 2) array. With <see cref="BodySelection.OfficialFirstTwo"/> (default), as ST-GCN,
    /// AimCLR and MS-CLR's gendata: in each frame the first two bodies listed go to slots 0 and 1 and later
    /// bodies are dropped; there is no tracking by body id and no "most active body" choice, so identities may
    /// swap slots between frames. With <see cref="BodySelection.EnergyDenoised"/>: the two ids of
    /// <see cref="EnergyDenoisedIds"/> get fixed slots for the whole sequence.
    /// </summary>
    public static float[] ToGendataArray(NtuSkeletonFile file, BodySelection selection = BodySelection.OfficialFirstTwo)
    {
        var frames = OutputFrames(file);
        var data = new float[3 * frames * V * MaxBodies];
        switch (selection)
        {
            case BodySelection.OfficialFirstTwo:
                for (var t = 0; t < frames; t++)
                {
                    var bodies = Math.Min(file.BodyCount(t), MaxBodies);
                    for (var m = 0; m < bodies; m++)
                    {
                        Write(data, file.Positions(file.BodyIndex(t, m)), t, m, frames);
                    }
                }

                break;
            case BodySelection.EnergyDenoised:
                var kept = EnergyDenoisedIds(file);
                Span<bool> filled = stackalloc bool[MaxBodies];
                for (var t = 0; t < frames; t++)
                {
                    filled.Clear();
                    for (var b = 0; b < file.BodyCount(t); b++)
                    {
                        var index = file.BodyIndex(t, b);
                        var slot = Array.IndexOf(kept, file.Info(index).BodyId);
                        // A repeated id within one frame keeps its first listing, as the energy does.
                        if (slot >= 0 && !filled[slot])
                        {
                            Write(data, file.Positions(index), t, slot, frames);
                            filled[slot] = true;
                        }
                    }
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(selection), selection, $"NtuBodySelection: expected {string.Join(" or ", Enum.GetNames<BodySelection>())}, found {(int)selection}");
        }

        return data;
    }

    /// <summary>
    /// The body ids kept by <see cref="BodySelection.EnergyDenoised"/>, in slot order (0..2 ids). Energy of an id:
    /// the sum over its 25 joints and x, y, z of the population variance over the output frames (the first
    /// <see cref="OutputFrames"/>) in which it appears, using its first listing when a frame repeats it. The two
    /// largest energies win (ties: earlier first appearance); the winners are ordered by first appearance.
    /// </summary>
    public static ulong[] EnergyDenoisedIds(NtuSkeletonFile file)
    {
        var frames = OutputFrames(file);
        var order = new List<ulong>();
        var listings = new Dictionary<ulong, List<int>>();
        var seen = new HashSet<ulong>();
        for (var t = 0; t < frames; t++)
        {
            seen.Clear();
            for (var b = 0; b < file.BodyCount(t); b++)
            {
                var index = file.BodyIndex(t, b);
                var id = file.Info(index).BodyId;
                if (!seen.Add(id))
                {
                    continue;
                }

                if (!listings.TryGetValue(id, out var list))
                {
                    listings[id] = list = [];
                    order.Add(id);
                }

                list.Add(index);
            }
        }

        var energy = order.Select(id => Energy(file, listings[id])).ToArray();
        var winners = Enumerable.Range(0, order.Count)
            .OrderByDescending(k => energy[k])
            .ThenBy(k => k)
            .Take(MaxBodies)
            .Order();
        return winners.Select(k => order[k]).ToArray();
    }

    private static double Energy(NtuSkeletonFile file, List<int> bodies)
    {
        // Two passes (mean, then squared deviations) in double: variances of still joints are tiny next to
        // their squared positions, so E[x²] − mean² would lose them.
        Span<double> mean = stackalloc double[V * 3];
        foreach (var index in bodies)
        {
            var p = file.Positions(index);
            for (var i = 0; i < p.Length; i++) mean[i] += p[i];
        }

        for (var i = 0; i < mean.Length; i++) mean[i] /= bodies.Count;
        var sum = 0.0;
        foreach (var index in bodies)
        {
            var p = file.Positions(index);
            for (var i = 0; i < p.Length; i++) sum += (p[i] - mean[i]) * (p[i] - mean[i]);
        }

        return sum / bodies.Count;
    }

    private static void Write(float[] data, ReadOnlySpan<float> positions, int t, int m, int frames)
    {
        for (var v = 0; v < V; v++)
        {
            for (var c = 0; c < 3; c++)
            {
                data[Offset(c, t, v, m, frames)] = positions[(3 * v) + c];
            }
        }
    }
}
