using MsClr.Bench;
using MsClr.Kit.IO;

// The benchmark suite. `scripts/bench.sh [--quick] [--suite step,eval,peak,io] [--update-readme docs/performance.md]` runs it with
// the kit's allocator setting; it prints a Markdown section (machine, rates as median/min/max over repeats after
// warm-up, targets, FLOPs) and can write it into the bench block of docs/performance.md. Timing targets live here, never in tests.
// `--soak-steps N` sets the memory soak's length (default 20 with --quick, else 1,000).
// `--suite blocks` / `--suite quick-blocks` print a per-operation profile of one ST-GCN block instead.
MsClr.Kit.Runtime.KitEnvironment.ConfigureThreads();
var quick = args.Contains("--quick");
var suite = Option("--suite") ?? "all";
if (suite is "blocks" or "quick-blocks")
{
    BlockProfile.Print(quickShapes: suite == "quick-blocks");
    return;
}

var soakSteps = Option("--soak-steps") is { } steps
    ? int.TryParse(steps, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed >= 8 ? parsed : throw new ArgumentException($"--soak-steps: expected a whole number of steps ≥ 8, got '{steps}'")
    : (int?)null;
var report = BenchSuite.Run(suite, quick, Option("--reproduce-timing"), soakSteps);
var markdown = report.ToMarkdown(string.Join(' ', args.Where(a => a != "--update-readme" && a != Option("--update-readme"))));
Console.WriteLine(markdown);
if (Option("--update-readme") is { } readme)
{
    MarkdownBlock.Update(readme, "bench", markdown);
    Console.WriteLine($"updated the bench block of {readme}");
}

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
