using MsClr.Kit.Evaluation;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Experiments.Study;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Experiments;

public sealed class BudgetStudyTests
{
    [Fact]
    public void Arms_EachChangesOneFactorOfTheBase()
    {
        var arms = BudgetStudy.Arms(Budget.Quick, seed: 2);
        var base_ = arms[0].Spec;

        Assert.Equal("base", arms[0].Factor);
        Assert.Equal(arms.Count, arms.Select(a => a.Spec.Id).Distinct().Count());
        Assert.All(arms, a => Assert.Equal(2UL, a.Spec.Seed));
        Assert.All(arms, a => Assert.Equal([SkeletonFormats.NtuRgbD.Name], a.Spec.EvaluationFormats));
        Assert.Equal(9, arms.Single(a => a.Factor == "pretraining epochs").Spec.Budget.Epochs);
        Assert.Equal(16, arms.Single(a => a.Factor == "encoder width h").Spec.Budget.HiddenChannels);
        Assert.Equal(Budget.Quick.Epochs, arms.Single(a => a.Factor == "encoder width h").Spec.Budget.Epochs);
        Assert.False(arms.Single(a => a.Factor == "augmentations").Spec.Augmentations);
        var official = arms.Single(a => a.Factor == "BatchNorm of padded batches").Spec;
        var four = arms.Single(a => a.Level.StartsWith("all four (", StringComparison.Ordinal)).Spec;
        Assert.Equal(four with { Compat = ReferenceCompat.Official }, official);
        Assert.Equal(base_ with { Method = MsClr.Kit.Training.Pretraining.PretrainMethod.SkeletonClr }, arms.Single(a => a.Factor == "method").Spec);
        Assert.Equal(base_ with { Budget = Budget.Quick.Override(keyMomentum: 0.99) }, arms.Single(a => a.Factor == "key-encoder momentum m").Spec);
        Assert.Equal(64, arms.Single(a => a.Factor == "key queue").Spec.Budget.QueueSize);
        Assert.Equal(0.2, arms.Single(a => a.Factor == "temperature T").Spec.Budget.Temperature);
        Assert.Equal(0.03, arms.Single(a => a.Factor == "pretraining learning rate").Spec.Budget.LearningRate);
        Assert.Equal(1, arms.Single(a => a.Factor == "training formats, about equal steps").Spec.Budget.Epochs);
        var data = arms.Where(a => a.Factor == "clips (data)").Select(a => a.Spec).ToArray();
        Assert.All(data, s => Assert.Equal(4 * Budget.Quick.SyntheticClips, s.Budget.SyntheticClips));
        Assert.Equal([null, BaselineKind.RandomInit, BaselineKind.RawStatistics, BaselineKind.RawFlattened], data.Select(s => s.Baseline));
    }

    [Fact]
    public void Specs_ThreeSeeds_HoldEveryArmAndBaselineOnce()
    {
        var specs = BudgetStudy.Specs(Budget.Smoke, [1, 2, 3]);
        var perSeed = BudgetStudy.Arms(Budget.Smoke, 1).Count + 3;

        Assert.Equal(3 * perSeed, specs.Count);
        Assert.Equal(specs.Count, specs.Select(s => s.Id).Distinct().Count());
        Assert.Equal(3 * (3 + 3), specs.Count(s => s.Baseline is not null)); // the budget's three baselines and the data arm's three
    }

    [Fact]
    public void Markdown_ConstructedResults_ShowsMeansPairedDifferencesAndVerdicts()
    {
        using var folder = new TempFolder();
        var store = new ResultsStore(folder.Path);
        var budget = Budget.Smoke;
        // base 50, 60, 55; epochs ×3: 70, 81, 74 → +20, +21, +19: +20.0, interval +17.5 … +22.5, better.
        // batch ÷2: 55, 67, 61 → +5, +7, +6: p = 0.009, "better" read alone, but not below Holm's 0.05 / 19 at its rank.
        double[] basis = [0.50, 0.60, 0.55], longer = [0.70, 0.81, 0.74], rawStats = [0.52, 0.58, 0.57], smaller = [0.55, 0.67, 0.61];
        for (var i = 0; i < 3; i++)
        {
            var seed = (ulong)(i + 1);
            var arms = BudgetStudy.Arms(budget, seed);
            Append(store, arms[0].Spec, basis[i], keyCosine: 0.97 + (0.01 * i));
            Append(store, arms.Single(a => a.Factor == "pretraining epochs").Spec, longer[i]);
            Append(store, arms.Single(a => a.Factor == "batch (queue a multiple)").Spec, smaller[i]);
            Append(store, BaselineTable.Spec(BaselineKind.RawStatistics, InputStream.Joint, Benchmark.Ntu60CrossSubject, budget, useSynthetic: true, seed), rawStats[i]);
        }

        var markdown = BudgetStudy.Markdown(store.Load(), budget, [1, 2, 3]);

        var comparisons = BudgetStudy.Arms(budget, 1).Count - 1 + 3;
        Assert.Contains($"Holm's correction for the {comparisons} comparisons", markdown);
        Assert.Contains("| base | smoke: 3 epochs, width 4, batch 16 | 55.0 ± 12.4 (n = 3) | 0.980 | | | | |", markdown);
        Assert.Contains("| pretraining epochs | 9 (×3) | 75.0 ± 13.8 (n = 3) | — | +20.0 | +17.5 … +22.5 | better | better |", markdown);
        Assert.Contains("| batch (queue a multiple) | 8 (÷2) | 61.0 ± 14.9 (n = 3) | — | +6.0 | +3.5 … +8.5 | better | not distinguishable |", markdown);
        Assert.Contains("| baseline | raw coordinates: each joint's mean and sd over time | 55.7 ± 8.0 (n = 3) | — | +0.7 |", markdown);
        Assert.Contains("| encoder width h | 8 (×2) | — | — | — | — | no paired seeds | no paired seeds |", markdown);
    }

    [Fact]
    public void Study_Frame_HoldsEachLinesNumbersAsTheMarkdownShowsThem()
    {
        using var folder = new TempFolder();
        var store = new ResultsStore(folder.Path);
        var budget = Budget.Smoke;
        double[] basis = [0.50, 0.60, 0.55], longer = [0.70, 0.81, 0.74];
        for (var i = 0; i < 3; i++)
        {
            var arms = BudgetStudy.Arms(budget, (ulong)(i + 1));
            Append(store, arms[0].Spec, basis[i], keyCosine: 0.97 + (0.01 * i));
            Append(store, arms.Single(a => a.Factor == "pretraining epochs").Spec, longer[i]);
        }

        var lines = BudgetStudy.Lines(store.Load(), budget, [1, 2, 3]);
        var frame = MsClr.Kit.Reporting.ExperimentFrames.Study(lines);

        Assert.Equal(BudgetStudy.Arms(budget, 1).Count + 3, (int)frame.Rows.Count);
        Assert.Equal(["base", "pretraining epochs"], frame["factor"].Cast<string>().Take(2));
        Assert.Equal([3, 3, 0], new[] { frame["n"][0], frame["n"][1], frame["n"][2] }.Cast<int>());
        Assert.Equal(55.0, (double)frame["top-1 (%)"][0]!);
        Assert.Equal(12.4, (double)frame["± (points)"][0]!);
        Assert.Equal(0.98, (double)frame["key cosine"][0]!);
        Assert.Null(frame["− base (points)"][0]);
        Assert.Equal("", frame["verdict"][0]);
        Assert.Equal(75.0, (double)frame["top-1 (%)"][1]!);
        Assert.Null(frame["key cosine"][1]);
        Assert.Equal([20.0, 17.5, 22.5], new[] { frame["− base (points)"][1], frame["low"][1], frame["high"][1] }.Cast<double>());
        Assert.Equal(["better", "better"], new[] { frame["verdict"][1], frame["corrected"][1] }.Cast<string>());
        Assert.Null(frame["top-1 (%)"][2]);
        Assert.Equal("no paired seeds", frame["corrected"][2]);
    }

    [Fact]
    public void KindsMarkdown_ScoreFilesOfTwoSeeds_ShowsTopOnePerKindAndADashWhereNoRunHasScores()
    {
        using var folder = new TempFolder();
        var budget = Budget.Smoke;
        long walk = SyntheticActions.Get("walk").Index, wave = SyntheticActions.Get("wave").Index;
        // Seed 1 gets the walk right and the wave wrong, seed 2 both right: full body 100 %, fine-grained 0 and 100 %.
        foreach (var (seed, waveRight) in new[] { (1UL, false), (2UL, true) })
        {
            var spec = BudgetStudy.Arms(budget, seed)[0].Spec;
            var path = RunFolder.For(folder.Path, spec).Scores(spec.EvaluationFormats[0]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var scores = TorchSharp.torch.zeros(2, SyntheticActions.Count);
            scores[0, walk] = TorchSharp.torch.tensor(1f);
            scores[1, waveRight ? wave : walk] = TorchSharp.torch.tensor(1f);
            ScoreFile.Write(path, ["a", "b"], [walk, wave], scores);
        }

        var markdown = BudgetStudy.KindsMarkdown(folder.Path, budget, [1, 2]);

        Assert.Contains("| arm | full body | fine-grained (hands, face) | interaction | temporal structure |", markdown);
        Assert.Contains("| base (smoke: 3 epochs, width 4, batch 16) | 100.0 ± 0.0 (n = 2) | 50.0 ± 635.3 (n = 2) | — | — |", markdown);
        Assert.Contains("| baseline: random-init encoder | — | — | — | — |", markdown);
    }

    private static void Append(ResultsStore store, ExperimentSpec spec, double top1, double? keyCosine = null) =>
        store.Append(spec, new ExperimentResult(spec.Id, top1, 0.9, top1, null, spec.EvaluationFormats.ToDictionary(f => f, _ => top1), 1, 1) { KeyCosine = keyCosine }, "abc");
}
