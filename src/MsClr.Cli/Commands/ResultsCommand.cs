using System.CommandLine;
using MsClr.Kit.Experiments;
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
        var budget = new Option<string>("--budget") { Description = "Budget of the runs to show", DefaultValueFactory = _ => "quick" };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the runs to show", DefaultValueFactory = _ => 1UL };
        var ntu = new Option<bool>("--ntu") { Description = "Show runs on NTU instead of the synthetic stand-in" };
        var readme = new Option<string?>("--update") { Description = "Write the table between the results markers of this Markdown file (e.g. README.md)" };
        var command = new Command("results", "Show a paper table with ours next to the paper's numbers, from the results store") { table, budget, seed, ntu, readme };
        command.SetAction(result => CliAction.Run(() =>
        {
            var chosen = PaperTables.Get(result.GetValue(table)!);
            var (chosenBudget, useSynthetic, runSeed) = (Budget.Get(result.GetValue(budget)!), !result.GetValue(ntu), result.GetValue(seed));
            // Fusions of finished stream experiments are recorded first, so 3s rows fill even when only single runs were made.
            StreamFusionRecorder.Record(KitEnvironment.RunsRoot, chosen, chosenBudget, useSynthetic, runSeed);
            var view = PaperTableView.Build(chosen, new ResultsStore(KitEnvironment.RunsRoot), chosenBudget, useSynthetic, runSeed);
            var markdown = ResultsMarkdown.Render(chosen, view);
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
}
