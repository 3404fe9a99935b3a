using System.CommandLine;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Runtime;

namespace MsClr.Cli.Commands;

/// <summary><c>msclr results</c>: a paper table with the measured numbers from the results store, as Markdown.</summary>
internal static class ResultsCommand
{
    public static Command Create()
    {
        var table = new Option<string>("--table") { Description = "table1, table2, table3, table4, figure4 or figure5", DefaultValueFactory = _ => "table1" };
        var budget = new BudgetOptions("Budget of the runs to show (with the same overrides they ran with)");
        var seed = new Option<ulong>("--seed") { Description = "Seed of the runs to show (the first seed with --seeds)", DefaultValueFactory = _ => 1UL };
        var seeds = new Option<int>("--seeds") { Description = "Show mean ± 95 % interval over this many seeds (--seed, --seed + 1, ...) and the paper's comparisons paired over them", DefaultValueFactory = _ => 1 };
        var ntu = new Option<bool>("--ntu") { Description = "Show runs on NTU instead of the synthetic stand-in" };
        var readme = new Option<string?>("--update") { Description = "Write the table between the results markers of this Markdown file (e.g. README.md), measured rows only; without it every row is printed" };
        var command = new Command("results", "Show a paper table with ours next to the paper's numbers, from the results store")
        {
            table, seed, seeds, ntu, readme, Merge(), Record(),
        };
        budget.AddTo(command);
        command.SetAction(result => CliAction.Run(() =>
        {
            var chosen = PaperTables.Get(result.GetValue(table)!);
            var (chosenBudget, useSynthetic) = (budget.Budget(result), !result.GetValue(ntu));
            var runSeeds = EntryValues.Seeds(result.GetValue(seed), result.GetValue(seeds));
            foreach (var runSeed in runSeeds)
            {
                // Fusions of finished stream experiments are recorded first, so 3s rows fill even when only single runs were made.
                StreamFusionRecorder.Record(KitEnvironment.RunsRoot, chosen, chosenBudget, useSynthetic, runSeed);
            }

            var store = new ResultsStore(KitEnvironment.RunsRoot);
            var view = PaperTableView.Build(chosen, store, chosenBudget, useSynthetic, runSeeds);
            var rows = store.Load();
            var comparisons = PaperComparisons.Measure(chosen, rows, ReproducePlan.Column, chosenBudget, useSynthetic, runSeeds);
            var markdown = ResultsMarkdown.Render(chosen, view, comparisons: comparisons,
                baselines: BaselineTable.Lines(chosen, rows, ReproducePlan.Column, chosenBudget, useSynthetic, runSeeds),
                baselineComparisons: BaselineTable.Comparisons(chosen, rows, ReproducePlan.Column, chosenBudget, useSynthetic, runSeeds),
                measuredOnly: result.GetValue(readme) is not null);
            if (result.GetValue(readme) is { } path)
            {
                ReadmeResults.Update(path, markdown);
                Console.Out.WriteLine($"updated {path}");
            }
            else
            {
                Console.Out.WriteLine(markdown);
            }

            return 0;
        }));
        return command;
    }

    private static Command Merge()
    {
        var command = new Command("merge", "Fold every run folder's result files into runs/results.parquet (idempotent; safe while runs finish)");
        command.SetAction(_ => CliAction.Run(() =>
        {
            var rows = new ResultsStore(KitEnvironment.RunsRoot).Merge();
            Console.Out.WriteLine($"{rows.Count} rows from {RunResultFiles.Find(KitEnvironment.RunsRoot).Count} result files in {Path.Combine(KitEnvironment.RunsRoot, ResultsStore.FileName)}");
            return 0;
        }));
        return command;
    }

    private static Command Record()
    {
        var folders = new Argument<string[]>("run-folders") { Description = "Finished run folders (spec.json and result.json inside), e.g. copied from another machine", Arity = ArgumentArity.OneOrMore };
        var command = new Command("record", "Record finished run folders in the results store (each once, however often it is called)") { folders };
        command.SetAction(result => CliAction.Run(() =>
        {
            foreach (var folder in result.GetValue(folders)!)
            {
                var run = new RunFolder(folder);
                var specPath = run.Spec;
                var spec = ExperimentSpecJson.Parse(File.ReadAllText(specPath), specPath);
                if (Path.GetFullPath(RunFolder.For(KitEnvironment.RunsRoot, spec).Path) != Path.GetFullPath(folder).TrimEnd('/'))
                {
                    throw new ArgumentException($"{folder}: expected a folder of the runs root {KitEnvironment.RunsRoot} named by its spec id {spec.Id}");
                }

                FinishedRun.Record(KitEnvironment.RunsRoot, spec, run.Result);
            }

            return 0;
        }));
        return command;
    }
}
