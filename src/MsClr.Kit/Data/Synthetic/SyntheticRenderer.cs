using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Renders the synthetic body's landmarks as one skeleton format: each joint is a landmark or a fixed weighted blend of
/// landmarks. Built-in formats have their own tables; a custom format needs a joint-name → landmark-name map.
/// </summary>
public sealed class SyntheticRenderer
{
    private readonly int[] _termStart;
    private readonly int[] _landmark;
    private readonly float[] _weight;

    private SyntheticRenderer(SkeletonFormat format, IReadOnlyDictionary<string, RenderTerm[]> table)
    {
        Format = format;
        Noise = NoiseProfile.For(format);
        var missing = format.JointNames.Where(j => !table.ContainsKey(j)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"format '{format.Name}': no landmark given for joint(s) {string.Join(", ", missing)}; every joint needs one");
        }

        var extra = table.Keys.Where(k => !format.TryGetJointIndex(k, out _)).ToList();
        if (extra.Count > 0)
        {
            throw new ArgumentException(
                $"format '{format.Name}' has no joint(s) named {string.Join(", ", extra)}; expected only {string.Join(", ", format.JointNames)}");
        }

        _termStart = new int[format.JointCount + 1];
        var landmarks = new List<int>();
        var weights = new List<float>();
        for (var v = 0; v < format.JointCount; v++)
        {
            var joint = format.JointNames[v];
            _termStart[v] = landmarks.Count;
            foreach (var term in table[joint])
            {
                var index = LandmarkTable.IndexOf(term.Landmark);
                if (index < 0)
                {
                    throw new ArgumentException(
                        $"format '{format.Name}', joint '{joint}': unknown landmark '{term.Landmark}'; valid landmarks are "
                        + string.Join(", ", LandmarkTable.Names));
                }

                landmarks.Add(index);
                weights.Add(term.Weight);
            }
        }

        _termStart[^1] = landmarks.Count;
        _landmark = [.. landmarks];
        _weight = [.. weights];
    }

    /// <summary>The format rendered.</summary>
    public SkeletonFormat Format { get; }

    /// <summary>The estimator noise applied to this format by <see cref="SyntheticDataset.Generate(SyntheticConfig, SyntheticRenderer)"/>.</summary>
    internal NoiseProfile Noise { get; }

    /// <summary>The renderer of a built-in format (ntu-rgb+d, smpl_24, smplx_42, berkeley_mhad_43), matched by value.</summary>
    /// <exception cref="ArgumentException">The format is not built in; use the overload with a landmark map.</exception>
    public static SyntheticRenderer For(SkeletonFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return new SyntheticRenderer(
            format,
            BuiltInRenderTables.For(format) ?? throw new ArgumentException(
                $"format '{format.Name}' is not a built-in format; pass a joint-name -> landmark-name map "
                + "(SyntheticRenderer.For(format, jointToLandmark)); landmark names are in SyntheticLandmarks.Names",
                nameof(format)));
    }

    /// <summary>The renderer of a built-in format (see <see cref="For(SkeletonFormat)"/>), or of a custom format whose joint
    /// names are landmark names (<see cref="SyntheticLandmarks.Names"/>), each joint rendered at the landmark of its name.</summary>
    /// <exception cref="ArgumentException">A custom format's joint is not a landmark (the message lists the valid ones).</exception>
    public static SyntheticRenderer ForAny(SkeletonFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return BuiltInRenderTables.For(format) is not null
            ? For(format)
            : For(format, format.JointNames.ToDictionary(j => j, j => j, StringComparer.Ordinal));
    }

    /// <summary>The renderer of any format whose joint <c>j</c> is landmark <c>jointToLandmark[j]</c>.</summary>
    /// <param name="format">The format, e.g. loaded with <see cref="SkeletonFormatJson.Load"/>.</param>
    /// <param name="jointToLandmark">One entry per joint of the format: joint name → a name from <see cref="SyntheticLandmarks.Names"/>.</param>
    /// <exception cref="ArgumentException">A joint is unmapped, a key is not a joint, or a landmark is unknown (the message
    /// names the joint and lists the valid landmarks).</exception>
    public static SyntheticRenderer For(SkeletonFormat format, IReadOnlyDictionary<string, string> jointToLandmark)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(jointToLandmark);
        var table = jointToLandmark.ToDictionary(p => p.Key, p => new[] { new RenderTerm(p.Value, 1f) }, StringComparer.Ordinal);
        return new SyntheticRenderer(format, table);
    }

    /// <summary>The landmarks and weights joint <paramref name="jointName"/> is rendered from.</summary>
    public IReadOnlyList<(string Landmark, float Weight)> Recipe(string jointName)
    {
        var v = Format.JointIndex(jointName);
        return Enumerable.Range(_termStart[v], _termStart[v + 1] - _termStart[v])
            .Select(k => (LandmarkTable.Names[_landmark[k]], _weight[k]))
            .ToArray();
    }

    /// <summary>Maps landmark trajectories to this format's joints.</summary>
    /// <param name="landmarks">(T, M, L, 3) metres, L = <see cref="LandmarkTable.Count"/>.</param>
    /// <param name="frames">T.</param>
    /// <param name="present">Occupied person slots, length M; absent slots are written as zeros.</param>
    /// <param name="xyz">Output (T, M, V, 3) metres.</param>
    internal void Render(ReadOnlySpan<float> landmarks, int frames, ReadOnlySpan<bool> present, Span<float> xyz)
    {
        var persons = present.Length;
        var count = LandmarkTable.Count;
        var joints = Format.JointCount;
        xyz.Clear();
        for (var t = 0; t < frames; t++)
        {
            for (var m = 0; m < persons; m++)
            {
                if (!present[m])
                {
                    continue;
                }

                var source = landmarks.Slice(((t * persons) + m) * count * 3, count * 3);
                var target = xyz.Slice(((t * persons) + m) * joints * 3, joints * 3);
                for (var v = 0; v < joints; v++)
                {
                    for (var k = _termStart[v]; k < _termStart[v + 1]; k++)
                    {
                        var l = 3 * _landmark[k];
                        var w = _weight[k];
                        target[3 * v] += w * source[l];
                        target[(3 * v) + 1] += w * source[l + 1];
                        target[(3 * v) + 2] += w * source[l + 2];
                    }
                }
            }
        }
    }
}

/// <summary>One landmark's share in a rendered joint: the joint is the weighted sum of its terms (weights sum to 1).</summary>
/// <param name="Landmark">A name from <see cref="SyntheticLandmarks.Names"/>.</param>
/// <param name="Weight">Its weight.</param>
internal readonly record struct RenderTerm(string Landmark, float Weight);
