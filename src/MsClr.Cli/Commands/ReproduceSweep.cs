using MsClr.Kit.IO;
using Microsoft.Data.Analysis;
using MsClr.Kit;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Experiments.Sweeps;
using MsClr.Kit.Reporting;
using MsClr.Kit.Runtime;
using Spectre.Console;
using MsClr.Kit.Data;

namespace MsClr.Cli.Commands;

/// <summary><c>msclr reproduce --sweep sweep.json</c>: the sweep's tables, in its columns, from the merged results store
/// (no experiment is run): console tables and <c>report.html</c> in the sweep folder's <c>report/</c>.</summary>
internal static class ReproduceSweep
{
    public static int Render(string sweepPath, string? output)
    {
        var plan = SweepFile.Read(sweepPath);
        var budget = Budget.Get(plan.Budget);
        var folder = Path.GetFullPath(output ?? Path.Combine(SweepFile.Folder(sweepPath), "report"));
        var tables = plan.Tables.Select(PaperTables.Get).ToArray();
        var store = new ResultsStore(KitEnvironment.RunsRoot);
        var columns = plan.Benchmarks.Select(b => b.Label).ToHashSet();
        var sections = new List<ReproduceReport.Section>();
        foreach (var seed in plan.Seeds)
        {
            foreach (var table in tables)
            {
                StreamFusionRecorder.Record(KitEnvironment.RunsRoot, table, budget, plan.UseSynthetic, seed);
            }
        }

        var rows = store.Load();
        foreach (var table in tables)
        {
            var view = PaperTableView.Build(table, store, budget, plan.UseSynthetic, plan.Seeds);
            var keep = new PrimitiveDataFrameColumn<bool>("keep", Enumerable.Range(0, (int)view.Rows.Count)
                .Select(i => columns.Contains((string)view[PaperTableView.Columns[1]][i])));
            var comparisons = plan.Benchmarks.SelectMany(b => PaperComparisons.Measure(table, rows, b, budget, plan.UseSynthetic, plan.Seeds)
                .Select(line => line with { Comparison = line.Comparison with { Kind = $"{line.Comparison.Kind}, {b.Label}" } })).ToArray();
            sections.Add(new ReproduceReport.Section(table, view.Filter(keep), comparisons));
        }

        var data = plan.UseSynthetic ? "the synthetic multi-skeleton benchmark standing in for NTU" : "NTU RGB+D";
        var report = Path.Combine(folder, "report.html");
        AtomicFile.WriteAllText(report, ReproduceReport.Render(budget, data, sections, [], plan.Seeds));
        foreach (var section in sections)
        {
            AnsiConsole.Write(ReproduceViews.Table(section));
            if (ReproduceViews.Comparisons(section) is { } comparisons)
            {
                AnsiConsole.Write(comparisons);
            }
        }

        AnsiConsole.MarkupLine($"wrote {Markup.Escape(report)} ({plan.Specs.Count} specs in the sweep, {store.Load().Select(r => r.SpecId).Intersect(plan.Specs.Select(s => s.Id)).Count()} with results)");
        return 0;
    }
}
