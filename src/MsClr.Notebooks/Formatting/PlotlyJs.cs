using Plotly.NET;

namespace MsClr.Notebooks.Formatting;

/// <summary>The plotly.js bundled inside Plotly.NET (about 3.6 MB), read once.</summary>
internal static class PlotlyJs
{
    private static readonly Lazy<string> Text = new(Read);

    public static string Source => Text.Value;

    private static string Read()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.Contains("plotly", StringComparison.OrdinalIgnoreCase) && n.EndsWith(".min.js", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
