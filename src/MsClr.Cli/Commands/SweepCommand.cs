using System.CommandLine;
using System.Globalization;
using MsClr.Kit.Data;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Sweeps;
using MsClr.Kit.Skeletons;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary>
/// <c>msclr sweep</c>: the paper's tables as a sweep file (<c>plan</c>, <c>show</c>), run one spec per process locally
/// (<c>run --local</c>) or per Slurm array task (<c>submit --slurm</c>, <c>task</c>), followed with <c>status</c>.
/// </summary>
internal static class SweepCommand
{
    public static Command Create() =>
        new("sweep", "Sweeps: every experiment of some paper tables, columns and seeds as one plan, run locally or as a Slurm job array")
        {
            Plan(), Show(), SweepTaskCommand.Create(), SweepRunCommand.Create(), SweepSlurmCommands.Submit(), SweepSlurmCommands.Status(),
        };

    /// <summary>The sweep file argument shared by the verbs.</summary>
    public static Argument<string> SweepArgument() => new("sweep") { Description = "The sweep file (sweep.json) written by `msclr sweep plan`" };

    private static Command Plan()
    {
        var tables = new Option<string[]>("--tables") { Description = "Paper tables, e.g. table1 table4 figure4", AllowMultipleArgumentsPerToken = true, Required = true };
        var benchmarks = new Option<string[]>("--benchmarks")
        {
            Description = $"Paper columns: {string.Join(", ", Benchmark.PaperColumns.Select(b => b.Name))}", AllowMultipleArgumentsPerToken = true, Required = true,
        };
        var seeds = new Option<int>("--seeds") { Description = "Number of seeds (1..N)", DefaultValueFactory = _ => 1 };
        var budget = new Option<string>("--budget") { Description = "smoke, quick or paper", DefaultValueFactory = _ => "paper" };
        var streams = new Option<InputStream[]>("--streams") { Description = "Only these input streams, e.g. joint (default: all)", AllowMultipleArgumentsPerToken = true };
        var ntu = new Option<bool>("--ntu") { Description = "Run on NTU (prepared with `msclr prep`) instead of the synthetic stand-in" };
        var output = new Option<string>("--out", "-o") { Description = "The sweep file to write; its folder becomes the sweep folder", DefaultValueFactory = _ => "sweep.json" };
        var command = new Command("plan", "Write every experiment of the tables × benchmarks × seeds once, cheapest first, to a sweep file")
        {
            tables, benchmarks, seeds, budget, streams, ntu, output,
        };
        command.SetAction(result => CliAction.Run(() =>
        {
            var plan = SweepPlan.Create(
                result.GetValue(tables)!.Select(PaperTables.Get).ToArray(),
                result.GetValue(benchmarks)!.Select(SweepPlan.ParseBenchmark).ToArray(),
                result.GetValue(seeds),
                Budget.Get(result.GetValue(budget)!),
                !result.GetValue(ntu),
                result.GetValue(streams) is { Length: > 0 } chosen ? chosen : null);
            var path = Path.GetFullPath(result.GetValue(output)!);
            SweepFile.Write(path, plan);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {path}: {plan.Specs.Count} specs, about {SweepCost.GpuHours(plan):F1} GPU-hours at {SweepCost.DefaultClipsPerSecond:F0} clips/s"));
            return 0;
        }));
        return command;
    }

    private static Command Show()
    {
        var sweep = SweepArgument();
        var rate = new Option<double>("--clips-per-second")
        {
            Description = "Training throughput of one GPU used for the estimate (msclr pretrain prints yours)", DefaultValueFactory = _ => SweepCost.DefaultClipsPerSecond,
        };
        var command = new Command("show", "Print a sweep's specs as a table with a GPU-hour estimate") { sweep, rate };
        command.SetAction(result => CliAction.Run(() =>
        {
            var plan = SweepFile.Read(result.GetValue(sweep)!);
            var clipsPerSecond = result.GetValue(rate);
            var table = new Table().AddColumns("#", "spec", "GPU-h");
            foreach (var (spec, index) in plan.Specs.Select((s, i) => (s, i)))
            {
                table.AddRow(index.ToString(CultureInfo.InvariantCulture), Markup.Escape(spec.Id), SweepCost.GpuHours(spec, clipsPerSecond).ToString("F2", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{plan.Specs.Count} specs ({string.Join(", ", plan.Tables)}; {string.Join(", ", plan.Benchmarks.Select(b => b.Name))}; {plan.Seeds.Count} seeds; {plan.Budget} budget; {(plan.UseSynthetic ? "synthetic" : "NTU")} data): about {SweepCost.GpuHours(plan, clipsPerSecond):F1} GPU-hours at {clipsPerSecond:F0} training clips/s per GPU (an assumption; measure yours with msclr pretrain)"));
            return 0;
        }));
        return command;
    }
}
