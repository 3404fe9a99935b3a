using System.Reflection;
using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Teaching;

/// <summary>One-call checks for the setup notebook.</summary>
public static class SetupTour
{
    /// <summary>Loads LibTorch, applies <c>MSCLR_THREADS</c> and reports the kit version, device, threads and data/runs roots.</summary>
    public static SetupCheck Check()
    {
        var version = typeof(SkeletonFormats).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var threads = KitEnvironment.ConfigureThreads();
        using var probe = ones(2, 3);
        return new SetupCheck(
            version.Split('+')[0], KitEnvironment.TorchBackend, KitEnvironment.ComputeDevice.ToString(), threads,
            KitEnvironment.DataRoot, KitEnvironment.RunsRoot, probe.sum().item<float>());
    }

    /// <summary>The three budgets side by side: epochs, batch, queue, model width and synthetic clips.</summary>
    public static DataFrame Budgets() => new(
        new StringDataFrameColumn("budget", Budget.All.Select(b => b.Name)),
        new Int32DataFrameColumn("epochs", Budget.All.Select(b => b.Epochs)),
        new Int32DataFrameColumn("batch", Budget.All.Select(b => b.BatchSize)),
        new Int32DataFrameColumn("queue", Budget.All.Select(b => b.QueueSize)),
        new Int32DataFrameColumn("hidden channels", Budget.All.Select(b => b.HiddenChannels)),
        new Int32DataFrameColumn("output dim", Budget.All.Select(b => b.OutputDim)),
        new Int32DataFrameColumn("linear epochs", Budget.All.Select(b => b.LinearEpochs)),
        new Int32DataFrameColumn("synthetic clips", Budget.All.Select(b => b.SyntheticClips)));
}
