using MsClr.Notebooks.Execution;

namespace MsClr.Kit.Tests.Notebooks;

public class CellPreprocessorTests
{
    [Fact]
    public void Prepare_ProvidedNuGetAndKitDll_CommentsThemOutKeepingLineNumbers()
    {
        const string cell = "#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget:TorchSharp-cpu\"\n#r \"../src/MsClr.Kit/bin/Debug/net10.0/MsClr.Kit.dll\"\n#!time\nusing MsClr.Kit.Skeletons;";

        var prepared = CellPreprocessor.Prepare(cell, 1);

        Assert.Null(prepared.Error);
        Assert.Empty(prepared.Warnings);
        var lines = prepared.Code.Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.All(lines[..4], line => Assert.StartsWith("// #", line));
        Assert.Equal("using MsClr.Kit.Skeletons;", lines[4]);
    }

    [Fact]
    public void Prepare_ProvidedPackageAtAnotherVersion_WarnsWithBothVersions()
    {
        var prepared = CellPreprocessor.Prepare("#r \"nuget: Microsoft.Data.Analysis, 0.21.0\"", 2);

        var warning = Assert.Single(prepared.Warnings);
        Assert.Contains("cell 2", warning);
        Assert.Contains("0.21.0", warning);
        Assert.Contains("0.23.1", warning);
        Assert.Null(prepared.Error);
    }

    [Fact]
    public void Prepare_UnknownPackage_ErrorNamesTheCellAndThePackage()
    {
        var prepared = CellPreprocessor.Prepare("#r \"nuget: Humanizer.Core, 2.14.1\"\n1", 4);

        Assert.NotNull(prepared.Error);
        Assert.Contains("cell 4", prepared.Error);
        Assert.Contains("'Humanizer.Core'", prepared.Error);
    }
}
