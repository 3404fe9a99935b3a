namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Settings of the synthetic multi-skeleton benchmark. Defaults give 1,000 clips of 40–150 frames at 30 fps from 20 subjects
/// seen from 3 camera yaws, with estimator-like noise; variants use <c>with</c>.
/// </summary>
/// <remarks>
/// Classes, subjects and views are assigned cyclically so that every block of (classes × subjects) consecutive samples is
/// balanced: with A classes, sample i has label i mod A, and with j = i div A, subject 1 + j mod Subjects and view
/// 1 + (j + j div Subjects) mod Views. Clip length, movement size, speed, phase, facing and a small scene shift are drawn
/// per sample from (Seed, i).
/// </remarks>
public sealed record SyntheticConfig
{
    /// <summary>Number of samples N; sample i has label <c>i mod</c> <see cref="SyntheticActions.Count"/>.</summary>
    public int Samples { get; init; } = 1000;

    /// <summary>Seed of everything: bodies, motions and noise.</summary>
    public int Seed { get; init; }

    /// <summary>Number of subjects (performers), ids 1..Subjects; each has fixed body proportions.</summary>
    public int Subjects { get; init; } = 20;

    /// <summary>Number of camera views, ids 1..Views (see <see cref="ViewYawDegrees"/>).</summary>
    public int Views { get; init; } = 3;

    /// <summary>Yaw step between views, degrees.</summary>
    public double ViewStepDegrees { get; init; } = 45;

    /// <summary>Shortest clip, frames.</summary>
    public int MinFrames { get; init; } = 40;

    /// <summary>Longest clip, frames.</summary>
    public int MaxFrames { get; init; } = 150;

    /// <summary>Frame rate the motions are timed at, frames per second.</summary>
    public double FramesPerSecond { get; init; } = 30;

    /// <summary>Multiplier on every format's jitter and bias; 0 turns them off.</summary>
    public float NoiseScale { get; init; } = 1;

    /// <summary>Per-frame probability that the Kinect (ntu-rgb+d) tracker drops a frame and repeats the previous pose.</summary>
    public float KinectDropRate { get; init; } = 0.02f;

    /// <summary>Distance from the camera to the scene centre along its optical axis (z), metres.</summary>
    public float CameraDistance { get; init; } = 3;

    /// <summary>Camera height above the floor, metres; the floor is at y = −CameraHeight.</summary>
    public float CameraHeight { get; init; } = 1;

    /// <summary>
    /// Yaw of the scene as seen from view <paramref name="view"/> (1-based), degrees: view 1 frontal (0°), then alternately
    /// −step, +step, −2·step, ... (3 views: 0°, −45°, +45°).
    /// </summary>
    public double ViewYawDegrees(int view)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(view, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(view, Views);
        return view == 1 ? 0 : (view % 2 == 0 ? -1 : 1) * (view / 2) * ViewStepDegrees;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid field, its value and the valid range.</summary>
    public void Validate()
    {
        static void Require(bool ok, string field, object value, string expected)
        {
            if (!ok)
            {
                throw new ArgumentException($"SyntheticConfig.{field} is {value}; expected {expected}");
            }
        }

        Require(Samples >= 0, nameof(Samples), Samples, ">= 0");
        Require(Subjects >= 1, nameof(Subjects), Subjects, ">= 1");
        Require(Views >= 1, nameof(Views), Views, ">= 1");
        Require(MinFrames >= 2, nameof(MinFrames), MinFrames, ">= 2");
        Require(MaxFrames >= MinFrames, nameof(MaxFrames), MaxFrames, $">= MinFrames ({MinFrames})");
        Require(FramesPerSecond > 0, nameof(FramesPerSecond), FramesPerSecond, "> 0");
        Require(NoiseScale >= 0 && float.IsFinite(NoiseScale), nameof(NoiseScale), NoiseScale, "a finite value >= 0");
        Require(KinectDropRate is >= 0 and < 1, nameof(KinectDropRate), KinectDropRate, "in [0, 1)");
        Require(CameraDistance > 0, nameof(CameraDistance), CameraDistance, "> 0");
    }
}
