namespace MsClr.Kit.Data.Ntu;

/// <summary>
/// The full content of one NTU <c>.skeleton</c> file, stored compactly: bodies of all frames are numbered
/// consecutively (a "body index", 0-based, in file order) and their joints live in flat float arrays.
/// Frame <c>f</c> holds the bodies <c>BodyIndex(f, 0) .. BodyIndex(f, BodyCount(f) − 1)</c>, in the order the file
/// lists them. Produced by <see cref="NtuSkeletonReader"/>; immutable.
/// </summary>
public sealed class NtuSkeletonFile
{
    /// <summary>Joints per body in the NTU (Kinect v2) format.</summary>
    public const int JointCount = 25;

    private readonly int[] frameStarts;
    private readonly NtuBodyInfo[] bodies;
    private readonly float[] positions;
    private readonly float[] depth;
    private readonly float[] color;
    private readonly float[] orientations;
    private readonly byte[] tracking;

    internal NtuSkeletonFile(
        string sourcePath, int[] frameStarts, NtuBodyInfo[] bodies, float[] positions, float[] depth,
        float[] color, float[] orientations, byte[] tracking)
    {
        SourcePath = sourcePath;
        this.frameStarts = frameStarts;
        this.bodies = bodies;
        this.positions = positions;
        this.depth = depth;
        this.color = color;
        this.orientations = orientations;
        this.tracking = tracking;
    }

    /// <summary>The path (or stream name) the file was read from.</summary>
    public string SourcePath { get; }

    /// <summary>Number of frames, as declared on line 1 (at least 1).</summary>
    public int FrameCount => frameStarts.Length - 1;

    /// <summary>Number of bodies over all frames.</summary>
    public int TotalBodyCount => bodies.Length;

    /// <summary>Body info of every body, by body index.</summary>
    public ReadOnlySpan<NtuBodyInfo> Bodies => bodies;

    /// <summary>Number of bodies in a frame (0-based frame); may be 0.</summary>
    public int BodyCount(int frame)
    {
        CheckFrame(frame);
        return frameStarts[frame + 1] - frameStarts[frame];
    }

    /// <summary>The body index of the <paramref name="body"/>-th body (0-based, file order) of a frame.</summary>
    public int BodyIndex(int frame, int body)
    {
        var count = BodyCount(frame);
        if ((uint)body >= (uint)count)
        {
            throw new ArgumentOutOfRangeException(nameof(body), body, $"{SourcePath}: frame {frame} has {count} bodies; expected body in 0..{count - 1}, found {body}");
        }

        return frameStarts[frame] + body;
    }

    /// <summary>Body info of a body index.</summary>
    public NtuBodyInfo Info(int bodyIndex) => bodies[CheckBody(bodyIndex)];

    /// <summary>Camera-space joint positions of a body, metres, shape (V=25, 3) joint-major: x, y, z.</summary>
    public ReadOnlySpan<float> Positions(int bodyIndex) => positions.AsSpan(CheckBody(bodyIndex) * JointCount * 3, JointCount * 3);

    /// <summary>Joint positions in the 512×424 depth image, pixels, shape (V=25, 2): depthX, depthY.</summary>
    public ReadOnlySpan<float> DepthCoordinates(int bodyIndex) => depth.AsSpan(CheckBody(bodyIndex) * JointCount * 2, JointCount * 2);

    /// <summary>Joint positions in the 1920×1080 colour image, pixels, shape (V=25, 2): colorX, colorY.</summary>
    public ReadOnlySpan<float> ColorCoordinates(int bodyIndex) => color.AsSpan(CheckBody(bodyIndex) * JointCount * 2, JointCount * 2);

    /// <summary>Joint orientation quaternions, shape (V=25, 4): W, X, Y, Z (all zero for some joints).</summary>
    public ReadOnlySpan<float> Orientations(int bodyIndex) => orientations.AsSpan(CheckBody(bodyIndex) * JointCount * 4, JointCount * 4);

    /// <summary>Joint tracking states, shape (V=25): 0 not tracked, 1 inferred, 2 tracked.</summary>
    public ReadOnlySpan<byte> JointTrackingStates(int bodyIndex) => tracking.AsSpan(CheckBody(bodyIndex) * JointCount, JointCount);

    private void CheckFrame(int frame)
    {
        if ((uint)frame >= (uint)FrameCount)
        {
            throw new ArgumentOutOfRangeException(nameof(frame), frame, $"{SourcePath}: expected a 0-based frame in 0..{FrameCount - 1}, found {frame}");
        }
    }

    private int CheckBody(int bodyIndex) => (uint)bodyIndex < (uint)bodies.Length
        ? bodyIndex
        : throw new ArgumentOutOfRangeException(nameof(bodyIndex), bodyIndex, $"{SourcePath}: expected a body index in 0..{bodies.Length - 1}, found {bodyIndex}");
}
