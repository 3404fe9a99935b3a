using Microsoft.Data.Analysis;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Plots;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using Plotly.NET;

namespace MsClr.Kit.Teaching;

/// <summary>The formats playground: pick built-in formats (and a custom JSON format), look at them, compare them at a budget.</summary>
public static class PlaygroundTour
{
    /// <summary>
    /// Writes an example custom format, <c>stick_13</c> (13 joints named after synthetic landmarks: pelvis, chest, head,
    /// shoulders, elbows, wrists, knees, ankles), to the temporary folder <c>msclr-playground</c> and returns the JSON file's path. Edit a copy
    /// to try your own: every joint name must be one of <see cref="Landmarks"/>.
    /// </summary>
    public static string WriteCustomFormat()
    {
        string[] joints =
        [
            "pelvis", "spine_chest", "head", "left_shoulder", "right_shoulder", "left_elbow", "right_elbow",
            "left_wrist", "right_wrist", "left_knee", "right_knee", "left_ankle", "right_ankle",
        ];
        (string, string)[] edges =
        [
            ("pelvis", "spine_chest"), ("head", "spine_chest"), ("left_shoulder", "spine_chest"), ("right_shoulder", "spine_chest"),
            ("left_elbow", "left_shoulder"), ("right_elbow", "right_shoulder"), ("left_wrist", "left_elbow"), ("right_wrist", "right_elbow"),
            ("left_knee", "pelvis"), ("right_knee", "pelvis"), ("left_ankle", "left_knee"), ("right_ankle", "right_knee"),
        ];
        (string, string)[] mirror = [("left_shoulder", "right_shoulder"), ("left_elbow", "right_elbow"), ("left_wrist", "right_wrist"), ("left_knee", "right_knee"), ("left_ankle", "right_ankle")];
        int Index(string name) => Array.IndexOf(joints, name);
        var format = new SkeletonFormat(
            "stick_13", joints, edges.Select(e => new JointPair(Index(e.Item1), Index(e.Item2))), Index("spine_chest"),
            mirror.Select(m => new JointPair(Index(m.Item1), Index(m.Item2))), LengthUnit.Metre);
        // A fixed temp folder keeps the path, and so the experiment id, stable: a rerun reuses the finished experiment.
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "msclr-playground")).FullName, "stick_13.json");
        SkeletonFormatJson.Save(format, path);
        return path;
    }

    /// <summary>The text of a format JSON file, to read before using it.</summary>
    public static string Json(string path) => File.ReadAllText(path);

    /// <summary>The synthetic body's landmark names: the joint names a custom format may use.</summary>
    public static DataFrame Landmarks() => new(new StringDataFrameColumn("landmark", SyntheticLandmarks.Names));

    /// <summary>The formats table (<see cref="FormatGallery.Table()"/>) of a selection.</summary>
    /// <param name="formats">Comma-separated built-in names, e.g. <c>"ntu-rgb+d,smplx_42"</c>.</param>
    /// <param name="customFormatJsonPath">An extra custom format file, or null.</param>
    public static DataFrame Table(string formats, string? customFormatJsonPath = null) => FormatGallery.Table(Resolve(formats, customFormatJsonPath).Select(s => s.Format).ToArray());

    /// <summary>The first synthetic clip (without noise) in every selected format, side by side, as in Figure 3.</summary>
    public static GenericChart Figure(Budget budget, string formats, string? customFormatJsonPath = null)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var config = TeachingData.Config(budget);
        var poses = Resolve(formats, customFormatJsonPath)
            .Select(s => (f: s.Format, TeachingData.MiddleFrame(SyntheticDataset.RenderClean(config, 0, CustomSyntheticFormat.Renderer(s.Format)))))
            .ToArray();
        return SkeletonFormatsFigure.Build(poses, "The selected formats on one synthetic motion");
    }

    /// <summary>
    /// Pretrains AimCLR on each selected format alone (synthetic cross-subject, joint stream) and linear-evaluates it, at
    /// <paramref name="budget"/>; finished experiments are reused. One row per format: <c>format, joints, top1, top5,
    /// pretrain s, evaluation s</c> (accuracies in %).
    /// </summary>
    /// <param name="budget">The budget (scales data, model and epochs).</param>
    /// <param name="formats">Comma-separated built-in names, e.g. <c>"ntu-rgb+d,smplx_42"</c>.</param>
    /// <param name="customFormatJsonPath">An extra custom format file whose joints are landmark names, or null.</param>
    public static DataFrame Compare(Budget budget, string formats, string? customFormatJsonPath = null)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var selected = Resolve(formats, customFormatJsonPath);
        KitEnvironment.ConfigureThreads();
        var runner = new ExperimentRunner(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, KitEnvironment.ComputeDevice);
        var results = new List<(SkeletonFormat Format, ExperimentResult Result)>();
        foreach (var (format, name) in selected)
        {
            CustomSyntheticFormat.Ensure(budget, format);
            var spec = new ExperimentSpec(PretrainMethod.AimClr, SyntheticBenchmarks.CrossSubject.Name, InputStream.Joint, [name], [name], budget.Name);
            results.Add((format, runner.Run(spec)));
        }

        return new DataFrame(
            new StringDataFrameColumn("format", results.Select(r => r.Format.Name)),
            new Int32DataFrameColumn("joints", results.Select(r => r.Format.JointCount)),
            new DoubleDataFrameColumn("top1 %", results.Select(r => Math.Round(100 * r.Result.Top1, 1))),
            new DoubleDataFrameColumn("top5 %", results.Select(r => Math.Round(100 * r.Result.Top5, 1))),
            new DoubleDataFrameColumn("pretrain s", results.Select(r => Math.Round(r.Result.PretrainSeconds, 1))),
            new DoubleDataFrameColumn("evaluation s", results.Select(r => Math.Round(r.Result.EvaluationSeconds, 1))));
    }

    // Name is what an ExperimentSpec takes: the built-in name, or the custom file's full path.
    private static IReadOnlyList<(SkeletonFormat Format, string Name)> Resolve(string formats, string? customFormatJsonPath)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var names = formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var selected = names.Select(n => (SkeletonFormats.Resolve(n), File.Exists(n) ? Path.GetFullPath(n) : n)).ToList();
        if (customFormatJsonPath is not null)
        {
            var path = Path.GetFullPath(customFormatJsonPath);
            selected.Add((SkeletonFormatJson.Load(path), path));
        }

        return selected.Count > 0 ? selected : throw new ArgumentException("select at least one format, e.g. \"ntu-rgb+d,smplx_42\"", nameof(formats));
    }
}
