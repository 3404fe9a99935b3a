using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using MsClr.Kit.Interactive;
using MsClr.Kit.Plots;
using Plotly.NET;

namespace MsClr.Kit.Tests.Interactive;

public class HostCompatibilityTests
{
    private static Assembly LoadedFSharpCore() => typeof(Microsoft.FSharp.Core.FSharpOption<int>).Assembly;

    [Fact]
    public void ResolveLoadedFSharpCore_NewerMinorOfTheSameMajor_AnswersWithTheLoadedCopy()
    {
        var loaded = LoadedFSharpCore();
        var version = loaded.GetName().Version!;
        var newer = new AssemblyName($"FSharp.Core, Version={version.Major}.{version.Minor + 1}.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a");

        Assert.Same(loaded, FSharpCoreUnification.ResolveLoadedFSharpCore(AssemblyLoadContext.Default, newer));
    }

    [Theory]
    [InlineData("FSharp.Core, Version=99.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a")]
    [InlineData("Plotly.NET, Version=6.0.0.0, Culture=neutral, PublicKeyToken=null")]
    public void ResolveLoadedFSharpCore_OtherMajorOrOtherAssembly_LeavesItToTheRuntime(string requested)
    {
        _ = LoadedFSharpCore();
        Assert.Null(FSharpCoreUnification.ResolveLoadedFSharpCore(AssemblyLoadContext.Default, new AssemblyName(requested)));
    }

    [Theory]
    [InlineData("/home/u/.nuget/packages/torchsharp/0.107.0/lib/net8.0/TorchSharp.dll", true)]
    [InlineData("/home/u/.nuget/packages/TorchSharp/0.107.0/lib/net8.0/TorchSharp.dll", true)]
    [InlineData("/repo/src/MsClr.Cli/bin/Release/net10.0/TorchSharp.dll", false)]
    [InlineData("/x/torchsharp/0.107.0/runtimes/net8.0/TorchSharp.dll", false)]
    [InlineData("", false)]
    public void IsPackageFolderLayout_Path_TellsTheNuGetPackageLayoutFromAnApp(string location, bool expected) =>
        Assert.Equal(expected, LibTorchBinding.IsPackageFolderLayout(location));

    [Fact]
    public void Install_InThisTestProcess_LeavesTorchSharpOnItsAppLocalNatives()
    {
        // The test host is an app (deps.json lists LibTorch), so the kernel-only preload must not have run.
        Assert.False(LibTorchBinding.IsPackageFolderLayout(typeof(TorchSharp.torch).Assembly.Location));
        Assert.False(KernelFormatters.InKernel);
    }

    [Fact]
    public void NotebookChartHtml_Chart_DrawsFigureJsonWithWindowPlotlyAndNoNetwork()
    {
        var chart = PaperComparisonChart.Build("Table 1", [new("a", 80, 81)]);

        var html = ChartExport.NotebookChartHtml(chart);

        Assert.Matches(@"^<div id=""msclr-chart-[0-9a-f]{32}""></div>", html);
        Assert.Contains("window.Plotly.newPlot('msclr-chart-", html, StringComparison.Ordinal);
        Assert.Contains("\"data\":[", html, StringComparison.Ordinal);
        NotebookOutputAssert.NoNetwork(html);
    }

    [Fact]
    public void PlotlyJsBlock_Always_InlinesPlotlyJsOnceWithTheAmdLoaderHidden()
    {
        var block = ChartExport.PlotlyJsBlock();

        Assert.StartsWith("<script type=\"text/javascript\" data-msclr-embed=\"plotly.js\">(function (define, module, exports) {", block, StringComparison.Ordinal);
        Assert.EndsWith("}).call(window);</script>", block, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(block, Regex.Escape(ChartExport.PlotlyJs[..400])));
        var (rest, scripts) = MsClr.Notebooks.Formatting.EmbeddedScripts.Extract(block);
        Assert.Equal("", rest);
        Assert.Equal(["plotly.js"], scripts.Keys);
    }

    [Fact]
    public void LiveDisplay_WithAHost_ShowsThroughItAndUpdatesInPlace()
    {
        var shown = new List<(int Handle, object? Value)>();
        LiveDisplay.UseHost(value =>
        {
            var handle = shown.Count;
            shown.Add((handle, value));
            return update => shown.Add((handle, update));
        });
        try
        {
            var live = LiveDisplay.Show("starting");
            live.Update("step 1/2");
            live.Update("step 2/2");
        }
        finally
        {
            LiveDisplay.UseHost(null);
        }

        Assert.Equal([(0, "starting"), (0, "step 1/2"), (0, "step 2/2")], shown.Select(s => (s.Handle, s.Value)));
    }
}
