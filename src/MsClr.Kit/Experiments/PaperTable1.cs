using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Experiments;

/// <summary>
/// Table 1 of the MS-CLR paper (AimCLR vs MS-AimCLR, linear evaluation top-1 %, NTU 60 xview / xsub, NTU 120 xset /
/// xsub), as printed in arXiv 2508.14889 and the official README. These are the paper's numbers, never the kit's.
/// </summary>
public static class PaperTable1
{
    /// <summary>Source of the numbers.</summary>
    public const string Source = "Kiray et al., MS-CLR, arXiv 2508.14889, Table 1";

    /// <summary>Every row: model, stream (null for 3-stream fusion), whether it is the per-format ensemble, and the four columns.</summary>
    public static IReadOnlyList<PaperRow> Rows { get; } =
    [
        new("AimCLR", InputStream.Joint, false, 79.7, 74.3, 63.4, 63.4),
        new("MS-AimCLR", InputStream.Joint, false, 83.0, 76.1, 67.6, 63.9),
        new("AimCLR", InputStream.Motion, false, 70.6, 66.8, 54.4, 57.3),
        new("MS-AimCLR", InputStream.Motion, false, 80.4, 73.1, 62.6, 60.7),
        new("AimCLR", InputStream.Bone, false, 77.0, 73.2, 63.4, 62.9),
        new("MS-AimCLR", InputStream.Bone, false, 82.2, 76.1, 67.3, 64.0),
        new("3s-AimCLR", null, false, 83.8, 78.9, 68.8, 68.2),
        new("3s-MS-AimCLR", null, false, 86.7, 80.9, 70.1, 68.3),
        new("3s-MS-AimCLR", null, true, 94.2, 88.0, 75.1, 75.3),
    ];

    /// <summary>The joint, motion or bone row of <paramref name="model"/> (AimCLR or MS-AimCLR).</summary>
    public static PaperRow Get(string model, InputStream stream) =>
        Rows.Single(r => r.Model == model && r.Stream == stream && !r.Ensemble);
}

/// <summary>One row of <see cref="PaperTable1"/>; accuracies in percent.</summary>
/// <param name="Model">Model name as printed.</param>
/// <param name="Stream">Input stream, or null for the 3-stream fusion.</param>
/// <param name="Ensemble">Whether the row is the per-format classifier ensemble (‡).</param>
/// <param name="Ntu60XView">NTU 60 cross-view top-1.</param>
/// <param name="Ntu60XSub">NTU 60 cross-subject top-1.</param>
/// <param name="Ntu120XSet">NTU 120 cross-setup top-1.</param>
/// <param name="Ntu120XSub">NTU 120 cross-subject top-1.</param>
public sealed record PaperRow(string Model, InputStream? Stream, bool Ensemble, double Ntu60XView, double Ntu60XSub, double Ntu120XSet, double Ntu120XSub);
