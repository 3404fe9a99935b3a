using MsClr.Kit.Evaluation;
using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Evaluation;

public class AttributeProbeTests
{
    // 5 subjects (odd ids, as the synthetic cross-subject training side) with 60, 41, 40, 7 and 2 clips, interleaved.
    private static readonly int[] Subjects = Enumerable.Range(0, 5).SelectMany(s => Enumerable.Repeat(2 * s + 1, new[] { 60, 41, 40, 7, 2 }[s]))
        .Select((subject, i) => (subject, key: (i * 7919) % 150)).OrderBy(p => p.key).Select(p => p.subject).ToArray();

    // A modest probe: standardised features, 40 epochs at lr 0.1, so the tests do not depend on the paper's lr 3.0.
    private static readonly LinearEvalConfig Probe = new(LearningRate: 0.1, Epochs: 40, Milestones: [30], BatchSize: 32, EvalInterval: 10, StandardiseFeatures: true);

    [Fact]
    public void Halves_EverySubjectInBothHalvesSplitEvenly_NoClipInBoth()
    {
        var (train, test) = AttributeProbe.Halves(Subjects, "subject", seed: 3);

        Assert.Empty(train.Intersect(test));
        Assert.Equal(Enumerable.Range(0, Subjects.Length), train.Concat(test).Order());
        foreach (var subject in Subjects.Distinct())
        {
            var (inTrain, inTest) = (train.Count(r => Subjects[r] == subject), test.Count(r => Subjects[r] == subject));
            Assert.True(inTest >= 1 && inTrain - inTest is 0 or 1, $"subject {subject}: {inTrain} train, {inTest} test");
        }

        Assert.Equal(train.Order(), train);
        Assert.Equal(test.Order(), test);
    }

    [Fact]
    public void Halves_SameSeed_SameHalvesAndAnotherSeed_OtherHalves()
    {
        var first = AttributeProbe.Halves(Subjects, "subject", seed: 3);

        Assert.Equal(first.Train, AttributeProbe.Halves(Subjects, "subject", seed: 3).Train);
        Assert.Equal(first.Test, AttributeProbe.Halves(Subjects, "subject", seed: 3).Test);
        Assert.NotEqual(first.Train, AttributeProbe.Halves(Subjects, "subject", seed: 4).Train);
    }

    [Fact]
    public void Halves_SubjectWithOneClip_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => AttributeProbe.Halves([1, 1, 3, 5, 5], "subject", seed: 1));

        Assert.Contains("subject 3 has 1 clip", error.Message);
    }

    [Fact]
    public void Halves_AnotherAttribute_DrawsItsOwnHalvesAndNamesItselfInErrors()
    {
        var subject = AttributeProbe.Halves(Subjects, "subject", seed: 3);
        var view = AttributeProbe.Halves(Subjects, "view", seed: 3);

        Assert.NotEqual(subject.Train, view.Train);
        Assert.Equal(Enumerable.Range(0, Subjects.Length), view.Train.Concat(view.Test).Order());
        var error = Assert.Throws<ArgumentException>(() => AttributeProbe.Halves([1, 1, 2], "view", seed: 1));
        Assert.Contains("view 2 has 1 clip; the view probe needs at least 2 per view", error.Message);
    }

    [Fact]
    public void Run_FeaturesThatEncodeTheSubject_NamesItAlmostAlways()
    {
        // One direction per subject plus noise a third of its size.
        var generator = new Generator(7);
        var ids = Subjects.Distinct().Order().ToList();
        using var directions = randn(ids.Count, 16, generator: generator);
        using var rows = tensor(Subjects.Select(s => (long)ids.IndexOf(s)).ToArray());
        using var features = directions.index_select(0, rows).add(randn(Subjects.Length, 16, generator: generator).mul(HeldScalars.Of(0.3)), HeldScalars.One);

        var result = AttributeProbe.Run(features, Subjects, "subject", Probe, seed: 1);

        Assert.True(result.Top1 > 0.95, $"subject top-1 {result.Top1:P1}");
        Assert.Equal(0.2, result.Chance);
        Assert.Equal(5, result.Classes);
        Assert.Equal(Subjects.Length, result.TrainClips + result.TestClips);
    }

    [Fact]
    public void Run_FeaturesThatDoNotEncodeTheSubject_ScoresChance()
    {
        // 5 equal subjects of 400 clips each: the held-out half's 1,000 clips put chance at 20 % ± 1.3 (one sd).
        int[] subjects = [.. Enumerable.Range(0, 2000).Select(i => 2 * (i % 5) + 1)];
        using var features = randn(subjects.Length, 16, generator: new Generator(11));

        var result = AttributeProbe.Run(features, subjects, "subject", Probe, seed: 1);

        Assert.InRange(result.Top1, 0.2 - 0.06, 0.2 + 0.06);
        Assert.Equal(0.2, result.Chance);
    }

    [Fact]
    public void Run_FeatureRowsAndSubjectsDiffer_ThrowsNamingBoth()
    {
        using var features = zeros(4, 3);

        var error = Assert.Throws<ArgumentException>(() => AttributeProbe.Run(features, [1, 1, 3], "subject", Probe, seed: 1));

        Assert.Contains("N = 3", error.Message);
        Assert.Contains("(4, 3)", error.Message);
    }
}
