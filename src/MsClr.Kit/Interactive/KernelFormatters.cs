using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Plots;
using Plotly.NET;

namespace MsClr.Kit.Interactive;

/// <summary>
/// The kit's displays in a .NET Interactive kernel (Jupyter, VS Code): Plotly.NET charts as interactive charts that
/// draw offline (plotly.js inlined with the first chart of the kernel session, never the CDN, no requirejs needed), and
/// DataFrames as plain HTML tables whose rows show without scripts. The headless runner formats with the same
/// <see cref="ChartExport.NotebookChartHtml"/> and <see cref="DataFrameFormatting.ToHtml"/>, so outputs match.
/// </summary>
/// <remarks>
/// Without these a chart shows as a property tree, and Plotly.NET.Interactive's formatter loads plotly.js from the CDN
/// through requirejs (blank offline); Microsoft.Data.Analysis's own table hides every row until a script pages it.
/// Built against Microsoft.DotNet.Interactive.Formatting 1.0.0-beta.23562.1 (the headless runner's; 1.0.0-beta.26120.1
/// adds a <c>System.DisplayExtensions</c> that clashes with the runner's <c>Display()</c>); both are assembly version
/// 1.0.0.0, so the kernel's own copy serves these calls. Registered when the kit is first used inside a kernel; later registrations win, so this replaces the DataFrame
/// extension's formatter, which the kernel loads at <c>#r "nuget: Microsoft.Data.Analysis"</c>, earlier in the same cell.
/// </remarks>
public static class KernelFormatters
{
    private static int registered;
    private static int plotlyJsShown;

    /// <summary>True when a .NET Interactive kernel hosts this process (its core assembly is loaded).</summary>
    public static bool InKernel => AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "Microsoft.DotNet.Interactive");

    /// <summary>Registers the formatters once when <see cref="InKernel"/>; elsewhere does nothing.</summary>
    public static void RegisterInKernel()
    {
        if (!InKernel || Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }

        Register();
    }

    /// <summary>The chart's kernel output: <see cref="ChartExport.NotebookChartHtml"/>, preceded by plotly.js the first time in this process.</summary>
    public static string ChartHtml(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var library = Interlocked.Exchange(ref plotlyJsShown, 1) == 0 ? ChartExport.PlotlyJsBlock() : "";
        return library + ChartExport.NotebookChartHtml(chart);
    }

    // Kept apart so that the JIT touches Microsoft.DotNet.Interactive.Formatting only inside a kernel.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Register()
    {
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartHtml(chart)), HtmlFormatter.MimeType);
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameFormatting.ToHtml(frame)), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(DataFrame), HtmlFormatter.MimeType);
    }
}
