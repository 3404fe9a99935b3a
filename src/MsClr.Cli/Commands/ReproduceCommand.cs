using System.CommandLine;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Experiments.Sweeps;
using MsClr.Kit.IO;
using MsClr.Kit.Plots;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Notebooks.Execution;
using MsClr.Notebooks.Reporting;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary>
/// <c>msclr reproduce</c>: the kit's main job. Lists the skeleton formats and writes their page, builds the synthetic
/// benchmark when it is missing, runs every experiment of Table 1, Table 4 and Figure 4 in the NTU-60 xsub column on
/// its synthetic stand-in (<see cref="ReproducePlan"/>), records the 3-stream fusions, executes the notebooks and writes
/// an offline report next to the paper's numbers. Finished runs are reused, so a second call only re-renders.
/// </summary>
internal static class ReproduceCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out", "-o") { Description = "Report folder", DefaultValueFactory = _ => Path.Combine(KitEnvironment.RunsRoot, "reproduce") };
        var budget = new BudgetOptions("smoke, quick (default) or paper");
        var seed = new Option<ulong>("--seed") { Description = "Run seed (the first seed with --seeds)", DefaultValueFactory = _ => 1UL };
        var seeds = new Option<int>("--seeds")
        {
            Description = "Run every experiment for this many seeds (--seed, --seed + 1, ...): cells show mean ± 95 % interval and the paper's comparisons a paired verdict. Default 1 (no interval) keeps the quick budget's time; each seed costs as much as the first",
            DefaultValueFactory = _ => 1,
        };
        var skipNotebooks = new Option<bool>("--skip-notebooks") { Description = "Do not execute the notebooks (the tables and the report only)" };
        var skipBaselines = new Option<bool>("--skip-baselines") { Description = "Do not run the baselines (random-init encoder, raw-coordinate probes, supervised encoder) beside the tables" };
        var tables = new Option<string[]>("--tables")
        {
            Description = "Reproduce only these (default: Table 1, Table 4 and Figure 4), e.g. --tables table4 figure4",
            AllowMultipleArgumentsPerToken = true,
        };
        var sweep = new Option<string?>("--sweep") { Description = "Render the tables and report from a sweep's results (sweep.json) instead of running experiments" };
        var parallel = new Option<int?>("--parallel")
        {
            Description = "Experiments at once, as child processes (default: one per core on a CPU, as memory allows, each with cores/parallel LibTorch threads; 1 on a GPU; 1 runs them in this process)",
        };
        var command = new Command("reproduce", "Reproduce Table 1, Table 4 and Figure 4 on the synthetic benchmark, run the notebooks and write an offline report")
        {
            output, seed, seeds, skipNotebooks, skipBaselines, tables, sweep, parallel,
        };
        budget.AddTo(command);
        command.SetAction(result => CliAction.Run(() =>
        {
            if (result.GetValue(sweep) is { } sweepPath)
            {
                return ReproduceSweep.Render(sweepPath, result.GetResult(output) is { Implicit: false } ? result.GetValue(output) : null);
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var folder = Path.GetFullPath(result.GetValue(output)!);
            var chosen = budget.Budget(result);
            var runSeeds = EntryValues.Seeds(result.GetValue(seed), result.GetValue(seeds));
            var chosenTables = result.GetValue(tables) is { Length: > 0 } names ? names.Select(PaperTables.Get).ToArray() : ReproducePlan.Tables;
            AnsiConsole.Write(FormatsCommand.FormatsTable(SkeletonFormats.All));
            FormatsPage.Write(Path.Combine(folder, "formats.html"), SkeletonFormats.All);

            var synthetic = chosen.SyntheticData();
            AnsiConsole.Status().Start($"synthetic benchmark: {synthetic.Samples} clips in every format", _ =>
                SyntheticStore.Ensure(KitEnvironment.DataRoot, synthetic, SkeletonFormats.All, rebuilding: reason => AnsiConsole.MarkupLine(Markup.Escape(reason))));

            var (ran, reused) = RunExperiments(folder, chosen, runSeeds, chosenTables, result.GetValue(parallel), !result.GetValue(skipBaselines));
            var experimentsTime = clock.Elapsed;
            foreach (var (table, runSeed) in chosenTables.SelectMany(t => runSeeds.Select(s => (t, s))))
            {
                StreamFusionRecorder.Record(KitEnvironment.RunsRoot, table, chosen, useSynthetic: true, runSeed);
            }

            List<(string Label, string Href)> links = [("the skeleton formats, their graphs and adjacency partitions", "formats.html")];
            var notebooksOk = true;
            if (!result.GetValue(skipNotebooks))
            {
                notebooksOk = RunNotebooks(Path.Combine(folder, "notebooks"), chosen);
                links.Add(("every notebook, executed at this budget", $"notebooks/{ReportWriter.FileName}"));
            }

            var store = new ResultsStore(KitEnvironment.RunsRoot);
            var rows = store.Load();
            var sections = chosenTables
                .Select(t => new ReproduceReport.Section(t, ReproduceViews.Measured(t, store, chosen, runSeeds),
                    PaperComparisons.Measure(t, rows, ReproducePlan.Column, chosen, useSynthetic: true, runSeeds),
                    BaselineTable.Lines(t, rows, ReproducePlan.Column, chosen, useSynthetic: true, runSeeds),
                    BaselineTable.Comparisons(t, rows, ReproducePlan.Column, chosen, useSynthetic: true, runSeeds)))
                .ToArray();
            var report = Path.Combine(folder, "report.html");
            var data = $"the synthetic multi-skeleton benchmark ({synthetic.Samples} clips, {SyntheticActions.Count} classes, cross-subject split standing in for NTU-60 xsub)";
            var keyCosines = runSeeds.SelectMany(s => ReproducePlan.Specs(chosen, s, chosenTables))
                .Select(s => ResultsStore.Latest(rows, s.Id, ResultMetrics.KeyCosine)).OfType<double>().ToArray();
            AtomicFile.WriteAllText(report, ReproduceReport.Render(chosen, data, sections, links, runSeeds, keyCosines));
            if (ReproduceReport.CollapseSentence(keyCosines) is { } collapse)
            {
                AnsiConsole.MarkupLine(Markup.Escape(collapse));
            }

            foreach (var section in sections)
            {
                AnsiConsole.Write(ReproduceViews.Table(section));
                if (ReproduceViews.Comparisons(section) is { } comparisons)
                {
                    AnsiConsole.Write(comparisons);
                }

                if (ReproduceViews.BaselineComparisons(section) is { } against)
                {
                    AnsiConsole.Write(against);
                }
            }

            var timing = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"`./msclr reproduce --budget {chosen.Label} --seeds {runSeeds.Count}` took {clock.Elapsed.TotalMinutes:F1} min ({ran} experiments run, {reused} reused, {experimentsTime.TotalMinutes:F1} min until the experiments were done; notebooks {(result.GetValue(skipNotebooks) ? "skipped" : "included")}) on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
            AtomicFile.WriteAllText(Path.Combine(folder, "timing.txt"), timing + "\n");
            AnsiConsole.MarkupLine(Markup.Escape(timing));
            AnsiConsole.MarkupLine($"ours: measured on synthetic data at the {Markup.Escape(chosen.Label)} budget; paper: NTU RGB+D 60 after 300 epochs. Not comparable numbers, shown side by side.");
            AnsiConsole.MarkupLine($"wrote {Markup.Escape(report)}");
            return notebooksOk ? 0 : 1;
        }));
        return command;
    }

    private static (int Ran, int Reused) RunExperiments(string folder, Budget budget, IReadOnlyList<ulong> seeds, IReadOnlyList<PaperTable> tables, int? parallel, bool baselines)
    {
        // Seed by seed, so that an interrupted run still leaves complete seeds to summarise.
        var specs = seeds.SelectMany(seed => ReproducePlan.Specs(budget, seed, tables)
            .Concat(baselines ? BaselineTable.Specs(tables, ReproducePlan.Column, budget, useSynthetic: true, seed) : [])).ToArray();
        var labels = ReproduceViews.Labels(budget, seeds);
        var runner = new ExperimentRunner(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, KitEnvironment.ComputeDevice);
        AnsiConsole.MarkupLine($"{specs.Length} experiments ({seeds.Count} seed{(seeds.Count == 1 ? "" : "s")}) ({ReproducePlan.Cost(specs)} format-epoch units of training); finished ones are reused.");
        if (specs.FirstOrDefault(s => s.Baseline is null) is { } pretrained)
        {
            // Each result.json records its own; the pretrained experiments share this one up to their formats and stream.
            AnsiConsole.MarkupLine(Markup.Escape($"protocol: {ExperimentProtocol.Describe(pretrained)}"));
        }

        var pending = specs.Where(s => !runner.IsFinished(s)).ToArray();
        var parallelism = ExperimentsInParallel.Choose(budget, pending.Length, parallel);
        if (parallelism.Tasks > 1)
        {
            ExperimentsInParallel.Run(folder, new SweepPlan(budget.Name, tables.Select(t => t.Name).ToArray(), [ReproducePlan.Column], seeds, UseSynthetic: true, []), pending, labels, parallelism);
            return (pending.Length, specs.Length - pending.Length);
        }

        for (var i = 0; i < specs.Length; i++)
        {
            var spec = specs[i];
            TrainingProgressBar.Run($"[{i + 1}/{specs.Length}] {labels[spec.Id]}", (progress, cancel) => runner.Run(spec, progress, cancellation: cancel, supervisedProgress: progress));
        }

        return (pending.Length, specs.Length - pending.Length);
    }

    private static bool RunNotebooks(string folder, Budget budget)
    {
        var notebooks = Directory.GetFiles(Path.Combine(KitEnvironment.RepositoryRoot, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToArray();
        var results = NotebooksCommand.Run(notebooks, new RunOptions { Budget = budget.Name, OutputDirectory = folder });
        ReportWriter.Write(Path.Combine(folder, ReportWriter.FileName), results);
        foreach (var failed in results.Where(run => !run.Succeeded))
        {
            Console.Error.WriteLine($"msclr: notebook {failed.Path}: {failed.Failures[0]}");
        }

        return results.All(run => run.Succeeded);
    }
}
