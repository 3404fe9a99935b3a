namespace MsClr.Kit.Data.Metrabs;

/// <summary>
/// Converts MeTRAbs poses to the store's convention, Kinect v2 camera space in metres. MeTRAbs predicts in the OpenCV
/// camera frame (x right in the image, y down, z forward away from the camera); Kinect camera space has x growing to
/// the sensor's left, y up and z forward. The two differ by a 180° rotation about the optical axis, so x and y are
/// negated and z is kept. A rotation, unlike negating y alone, keeps the body's handedness: a left hand stays a left
/// hand. (The official MS-CLR code changes no axis; it only scales by 0.001.)
/// </summary>
internal static class MetrabsAxes
{
    /// <summary>
    /// Copies the first <paramref name="frames"/> frames of a (T, M, V, 3) array, scaling by <paramref name="toMetres"/> and
    /// negating x and y. Zeros (absent persons) stay +0: a negated value is computed as <c>0 − v·s</c>, which gives +0 rather than −0.
    /// </summary>
    /// <returns>frames·M·V·3 values, (T, M, V, C) row-major.</returns>
    public static float[] ToStoreFrame(ReadOnlySpan<float> source, int frames, int persons, int joints, float toMetres)
    {
        var length = frames * persons * joints * 3;
        var result = new float[length];
        for (var i = 0; i < length; i += 3)
        {
            result[i] = 0f - (source[i] * toMetres);
            result[i + 1] = 0f - (source[i + 1] * toMetres);
            result[i + 2] = source[i + 2] * toMetres;
        }

        return result;
    }
}
