namespace MsClr.Kit.Data.Ntu;

/// <summary>
/// The 10 body-info fields that precede each body's joints in a <c>.skeleton</c> file (reference-spec §1.1),
/// in file order. Kinect SDK v2 values, unconverted.
/// </summary>
/// <param name="BodyId">Kinect tracking id; a 64-bit unsigned integer (real ids exceed 2^53).</param>
/// <param name="ClippedEdges">Clipped-edge flags (the file's <c>clipedEdges</c>).</param>
/// <param name="HandLeftConfidence">Left-hand state confidence.</param>
/// <param name="HandLeftState">Left-hand state.</param>
/// <param name="HandRightConfidence">Right-hand state confidence.</param>
/// <param name="HandRightState">Right-hand state.</param>
/// <param name="IsRestricted">The file's <c>isResticted</c> flag.</param>
/// <param name="LeanX">Body lean, x component.</param>
/// <param name="LeanY">Body lean, y component.</param>
/// <param name="TrackingState">Body tracking state.</param>
public readonly record struct NtuBodyInfo(
    ulong BodyId,
    int ClippedEdges,
    int HandLeftConfidence,
    int HandLeftState,
    int HandRightConfidence,
    int HandRightState,
    int IsRestricted,
    float LeanX,
    float LeanY,
    int TrackingState);
