using Plotly.NET;
using Plotly.NET.CSharp;
using CChart = Plotly.NET.CSharp.Chart;

namespace MsClr.Kit.Plots;

/// <summary>A 2-D scatter of (projected) features coloured by class, e.g. frozen encoder features after <see cref="Pca2.Project"/>.</summary>
public static class EmbeddingScatterChart
{
    /// <summary>Builds a fresh chart with one marker trace per class that has at least one point, in class order.</summary>
    /// <param name="points2d">(N, 2) coordinates.</param>
    /// <param name="labels">(N) 0-based class of each point.</param>
    /// <param name="classNames">Class names, index = class; they name the traces.</param>
    /// <param name="title">Chart title.</param>
    /// <remarks>Both axes share one scale, so distances read the same in every direction. Hovering a point shows its class and row index.</remarks>
    /// <exception cref="ArgumentException">Shapes disagree or a label lies outside the class list.</exception>
    public static GenericChart Build(float[,] points2d, int[] labels, string[] classNames, string title = "Feature embedding")
    {
        ArgumentNullException.ThrowIfNull(points2d);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(classNames);
        if (points2d.GetLength(1) != 2 || points2d.GetLength(0) != labels.Length)
        {
            throw new ArgumentException(
                $"expected points2d (N, 2) with N = labels.Length = {labels.Length}, got ({points2d.GetLength(0)}, {points2d.GetLength(1)})", nameof(points2d));
        }

        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] < 0 || labels[i] >= classNames.Length)
            {
                throw new ArgumentException($"labels[{i}] = {labels[i]}: expected a class in [0, {classNames.Length})", nameof(labels));
            }
        }

        var colours = ChartStyle.Palette(classNames.Length);
        var rows = Enumerable.Range(0, labels.Length).ToLookup(i => labels[i]);
        var traces = Enumerable.Range(0, classNames.Length)
            .Where(rows.Contains)
            .Select(c => Points(points2d, rows[c].ToArray(), classNames[c], colours[c]))
            .ToArray();
        var chart = CChart.Combine(traces)
            .WithXAxisStyle<double, double, string>(TitleText: "component 1")
            .WithYAxisStyle<double, double, string>(TitleText: "component 2")
            .WithSize(800, 650);
        var yAxis = (DynamicObj.DynamicObj)GenericChart.getLayout(chart).GetPropertyValue("yaxis");
        yAxis.SetProperty("scaleanchor", "x");
        yAxis.SetProperty("scaleratio", 1);
        return ChartStyle.Titled(chart, title);
    }

    /// <summary>Projects (N, D) <paramref name="features"/> onto their first two principal components (<see cref="Pca2"/>) and
    /// builds the scatter, one trace per class.</summary>
    /// <param name="features">(N, D) float features on any device, e.g. from <c>FeatureExtraction.Extract</c>.</param>
    /// <param name="labels">(N) 0-based class of each row.</param>
    /// <param name="classNames">Class names, index = class.</param>
    /// <param name="title">Chart title.</param>
    /// <exception cref="ArgumentException">The features are not (N, D) with N = labels.Count.</exception>
    public static GenericChart Build(TorchSharp.torch.Tensor features, IReadOnlyList<long> labels, IReadOnlyList<string> classNames, string title = "Feature embedding (PCA)")
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(classNames);
        if (features.ndim != 2 || features.shape[0] != labels.Count)
        {
            throw new ArgumentException($"expected features (N, D) with N = {labels.Count}, got ({string.Join(", ", features.shape)})", nameof(features));
        }

        var (rows, columns) = ((int)features.shape[0], (int)features.shape[1]);
        using var host = features.detach().to(TorchSharp.torch.CPU).to(TorchSharp.torch.ScalarType.Float32).contiguous();
        var flat = host.data<float>().ToArray();
        var matrix = new float[rows, columns];
        Buffer.BlockCopy(flat, 0, matrix, 0, flat.Length * sizeof(float));
        return Build(Pca2.Project(matrix), labels.Select(l => (int)l).ToArray(), [.. classNames], title);
    }

    private static GenericChart Points(float[,] points, int[] rows, string name, string colour)
    {
        var trace = CChart.Point<double, double, string>(
            x: rows.Select(i => (double)points[i, 0]).ToArray(),
            y: rows.Select(i => (double)points[i, 1]).ToArray(),
            Name: name,
            MarkerColor: Color.fromString(colour),
            Opacity: 0.8);
        ChartStyle.WithTraceProperty(trace, "x", ChartStyle.WithGaps(rows.Select(i => (double)points[i, 0])));
        ChartStyle.WithTraceProperty(trace, "y", ChartStyle.WithGaps(rows.Select(i => (double)points[i, 1])));
        ChartStyle.WithTraceProperty(trace, "hovertext", rows.Select(i => $"{name}<br>row {i}").ToArray());
        return ChartStyle.WithTraceProperty(trace, "hoverinfo", "text");
    }
}
