namespace MsClr.Bench;

/// <summary>The bench reports memory in GB of 2^30 bytes, as <c>/proc</c> readings divided by 1024³.</summary>
internal static class Gigabytes
{
    /// <summary><paramref name="bytes"/> in GB; NaN for a reading that could not be taken.</summary>
    public static double Of(long? bytes) => bytes is { } b ? b / (1024.0 * 1024 * 1024) : double.NaN;
}
