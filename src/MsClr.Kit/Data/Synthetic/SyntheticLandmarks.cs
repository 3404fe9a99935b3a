namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// The named points of the synthetic body that formats are rendered from: joint centres (<c>pelvis</c>, <c>left_elbow</c>, ...),
/// face points (<c>nose</c>, <c>left_eye</c>, <c>left_eye_centre</c>, <c>left_ear</c>, <c>jaw</c>), finger points
/// (<c>left_thumb_tip</c>, <c>left_index_tip</c>, <c>left_middle_base</c>, ...), foot points and surface markers
/// (<c>head_top</c>, <c>chest_marker</c>, <c>left_acromion</c>, <c>left_hip_front</c>, ...). Bilateral points come as
/// <c>left_*</c> / <c>right_*</c> pairs.
/// </summary>
public static class SyntheticLandmarks
{
    /// <summary>Every landmark name, in the generator's internal order.</summary>
    public static IReadOnlyList<string> Names => LandmarkTable.Names;

    /// <summary>Whether a landmark called <paramref name="name"/> exists (case-sensitive).</summary>
    public static bool Contains(string name) => LandmarkTable.IndexOf(name) >= 0;
}
