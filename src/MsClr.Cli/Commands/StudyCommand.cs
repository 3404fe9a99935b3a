using System.CommandLine;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Experiments.Study;
using MsClr.Kit.Experiments.Sweeps;
using MsClr.Kit.IO;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary>
/// <c>msclr study run|show</c>: the budget study (<see cref="BudgetStudy"/>): one factor at a time around the base
/// experiment, for several seeds, with the baselines; <c>show</c> prints its table from the results store and
/// <c>--update docs/study.md</c> rewrites the generated block there.
/// </summary>
internal static class StudyCommand
{
    public static Command Create()
    {
        var command = new Command("study", "The budget study: one factor at a time around AimCLR (j) at a CPU budget, for several seeds, against the baselines");
        command.Subcommands.Add(Run());
        command.Subcommands.Add(Show());
        return command;
    }

    private static Command Run()
    {
        var budget = new BudgetOptions();
        var seeds = SeedsOption();
        var parallel = new Option<int?>("--parallel") { Description = "Experiments at once (default: one per core on a CPU, as memory allows)" };
        var command = new Command("run", "Run every arm of the study and its baselines (finished runs are reused), then print the table") { seeds, parallel };
        budget.AddTo(command);
        command.SetAction(result => CliAction.Run(() =>
        {
            var chosen = budget.Budget(result);
            var runSeeds = EntryValues.Seeds(1, result.GetValue(seeds));
            var synthetic = chosen.SyntheticData();
            SyntheticStore.Ensure(KitEnvironment.DataRoot, synthetic, SkeletonFormats.All, rebuilding: reason => AnsiConsole.MarkupLine(Markup.Escape(reason)));
            var specs = BudgetStudy.Specs(chosen, runSeeds);
            var runner = new ExperimentRunner(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, KitEnvironment.ComputeDevice);
            var pending = specs.Where(s => !runner.IsFinished(s)).ToArray();
            AnsiConsole.MarkupLine($"{specs.Count} experiments ({runSeeds.Count} seeds), {pending.Length} to run; finished ones are reused.");
            var parallelism = ExperimentsInParallel.Choose(chosen, pending.Length, result.GetValue(parallel));
            var labels = runSeeds.SelectMany(seed => BudgetStudy.Arms(chosen, seed).Select(a => (a.Spec.Id, Label: $"{a.Factor}: {a.Level} (seed {seed})")))
                .DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Label);
            var folder = Path.Combine(KitEnvironment.RunsRoot, $"study-{chosen.Name}");
            ExperimentsInParallel.Run(folder, new SweepPlan(chosen.Name, [], [ReproducePlan.Column], runSeeds, UseSynthetic: true, []), pending, labels, parallelism);
            AnsiConsole.WriteLine(BudgetStudy.Markdown(new ResultsStore(KitEnvironment.RunsRoot).Load(), chosen, runSeeds));
            return 0;
        }));
        return command;
    }

    private static Command Show()
    {
        var budget = new BudgetOptions();
        var seeds = SeedsOption();
        var update = new Option<string?>("--update") { Description = "Rewrite the study block (<!-- study:start --> … <!-- study:end -->) of this markdown file" };
        var command = new Command("show", "Print the study's table from the results store (mean ± 95 % interval, paired differences against the base)") { seeds, update };
        budget.AddTo(command);
        command.SetAction(result => CliAction.Run(() =>
        {
            var chosen = budget.Budget(result);
            var studySeeds = EntryValues.Seeds(1, result.GetValue(seeds));
            var markdown = BudgetStudy.Markdown(new ResultsStore(KitEnvironment.RunsRoot).Load(), chosen, studySeeds)
                + "\n\n" + BudgetStudy.KindsMarkdown(KitEnvironment.RunsRoot, chosen, studySeeds);
            if (result.GetValue(update) is { } path)
            {
                MarkdownBlock.Update(path, BudgetStudy.BlockName, markdown);
                AnsiConsole.MarkupLine($"updated {Markup.Escape(path)}");
            }
            else
            {
                AnsiConsole.WriteLine(markdown);
            }

            return 0;
        }));
        return command;
    }

    private static Option<int> SeedsOption() => new("--seeds") { Description = "Seeds 1..N of every arm", DefaultValueFactory = _ => 3 };
}
