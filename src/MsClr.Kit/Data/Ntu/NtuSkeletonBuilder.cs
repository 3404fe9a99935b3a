namespace MsClr.Kit.Data.Ntu;

/// <summary>Accumulates bodies frame by frame into growing flat arrays, then freezes them into an <see cref="NtuSkeletonFile"/>.</summary>
internal sealed class NtuSkeletonBuilder
{
    private const int V = NtuSkeletonFile.JointCount;

    private readonly int frameCount;
    private int[] frameStarts;
    private int frame;
    private int count;
    private NtuBodyInfo[] bodies;
    private float[] positions;
    private float[] depth;
    private float[] color;
    private float[] orientations;
    private byte[] tracking;

    public NtuSkeletonBuilder(int frameCount)
    {
        this.frameCount = frameCount;
        // Capacities start small and double: a corrupt frame count must fail as a truncated file, not as an
        // out-of-memory. Most NTU frames hold one or two bodies, so one body per frame is a good start.
        frameStarts = new int[Math.Min(frameCount, 1 << 12) + 1];
        var capacity = Math.Max(1, Math.Min(frameCount, 1 << 12));
        bodies = new NtuBodyInfo[capacity];
        positions = new float[capacity * V * 3];
        depth = new float[capacity * V * 2];
        color = new float[capacity * V * 2];
        orientations = new float[capacity * V * 4];
        tracking = new byte[capacity * V];
    }

    /// <summary>Closes the current frame; call once per frame, after its bodies.</summary>
    public void EndFrame()
    {
        if (frame + 1 == frameStarts.Length)
        {
            Array.Resize(ref frameStarts, Math.Min(frameCount + 1, 2 * frameStarts.Length));
        }

        frameStarts[++frame] = count;
    }

    /// <summary>Appends a body to the current frame and returns its body index.</summary>
    public int AddBody(in NtuBodyInfo info)
    {
        if (count == bodies.Length)
        {
            var capacity = bodies.Length * 2;
            Array.Resize(ref bodies, capacity);
            Array.Resize(ref positions, capacity * V * 3);
            Array.Resize(ref depth, capacity * V * 2);
            Array.Resize(ref color, capacity * V * 2);
            Array.Resize(ref orientations, capacity * V * 4);
            Array.Resize(ref tracking, capacity * V);
        }

        bodies[count] = info;
        return count++;
    }

    public Span<float> Positions(int body) => positions.AsSpan(body * V * 3, V * 3);

    public Span<float> Depth(int body) => depth.AsSpan(body * V * 2, V * 2);

    public Span<float> Color(int body) => color.AsSpan(body * V * 2, V * 2);

    public Span<float> Orientations(int body) => orientations.AsSpan(body * V * 4, V * 4);

    public Span<byte> Tracking(int body) => tracking.AsSpan(body * V, V);

    public NtuSkeletonFile Build(string sourcePath)
    {
        if (frame != frameCount)
        {
            throw new InvalidOperationException($"NtuSkeletonBuilder: expected {frameCount} frames, ended {frame}");
        }

        return new NtuSkeletonFile(
            sourcePath, frameStarts, bodies[..count], positions[..(count * V * 3)], depth[..(count * V * 2)],
            color[..(count * V * 2)], orientations[..(count * V * 4)], tracking[..(count * V)]);
    }
}
