using MsClr.Bench;

// The benchmark suite. `scripts/bench.sh [--quick] [--suite step,eval,peak,io] [--update-readme README.md]` runs it with
// the kit's allocator setting; it prints a Markdown section (machine, rates as median/min/max over repeats after
// warm-up, targets, FLOPs) and can write it into the README's bench block. Timing targets live here, never in tests.
// `--suite blocks` / `--suite quick-blocks` print a per-operation profile of one ST-GCN block instead.
var quick = args.Contains("--quick");
var suite = Option("--suite") ?? "all";
if (suite is "blocks" or "quick-blocks")
{
    BlockProfile.Print(quickShapes: suite == "quick-blocks");
    return;
}

var report = BenchSuite.Run(suite, quick, Option("--reproduce-timing"));
var markdown = report.ToMarkdown(string.Join(' ', args.Where(a => a != "--update-readme" && a != Option("--update-readme"))));
Console.WriteLine(markdown);
if (Option("--update-readme") is { } readme)
{
    MsClr.Kit.Reporting.MarkdownBlock.Update(readme, "bench", markdown);
    Console.WriteLine($"updated the bench block of {readme}");
}

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
