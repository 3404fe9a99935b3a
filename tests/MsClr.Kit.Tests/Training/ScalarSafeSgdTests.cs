using MsClr.Kit.Runtime;
using MsClr.Kit.Tests.Architecture;
using MsClr.Kit.Training;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training;

/// <summary><see cref="ScalarSafeSgd"/> against TorchSharp's SGD, the oracle: the same numbers to the bit, the same state.</summary>
public sealed class ScalarSafeSgdTests
{
    [Theory]
    [InlineData(0.0, 0.0, 0.0, false, false)]
    [InlineData(0.9, 0.0, 1e-4, false, false)]
    [InlineData(0.9, 0.1, 5e-4, false, false)]
    [InlineData(0.9, 0.0, 1e-4, true, false)]
    [InlineData(0.5, 0.0, 0.0, false, true)]
    [ComparesWithTorchSharpsConvertingCode]
    public void Step_AnyOptions_MatchesTorchSharpSgdBitForBit(double momentum, double dampening, double weightDecay, bool nesterov, bool maximize)
    {
        var (safeWeights, safe) = Problem(weights => new ScalarSafeSgd(weights, 0.05, momentum, dampening, weightDecay, nesterov, maximize));
        var (plainWeights, plain) = Problem(weights => optim.SGD(weights, 0.05, momentum, dampening, weightDecay, nesterov, maximize));
        using var _ = safe;
        using var __ = plain;

        for (var step = 0; step < 5; step++)
        {
            Step(safeWeights, safe, step);
            Step(plainWeights, plain, step);
            AssertSameWeights(plainWeights, safeWeights, $"step {step}");
        }
    }

    [Fact]
    public void Step_ParameterWithoutGradient_IsLeftAlone()
    {
        var (weights, optimizer) = Problem(w => new ScalarSafeSgd(w, 0.1, 0.9, weight_decay: 1e-2));
        using var _ = optimizer;
        using var before = weights[1].detach().clone();

        Step(weights, optimizer, 0, onlyFirst: true);

        Assert.True(weights[1].equal(before).all().item<bool>());
    }

    [Fact]
    [ComparesWithTorchSharpsConvertingCode]
    public void StateFile_AfterTheSameSteps_IsTorchSharpSgdsFileByteForByte()
    {
        using var folder = new TempFolder();
        var (safeWeights, safe) = Problem(w => new ScalarSafeSgd(w, 0.05, 0.9, weight_decay: 1e-4));
        var (plainWeights, plain) = Problem(w => optim.SGD(w, 0.05, 0.9, weight_decay: 1e-4));
        using var _ = safe;
        using var __ = plain;
        Step(safeWeights, safe, 0);
        Step(plainWeights, plain, 0);

        OptimizerStateFile.Save(safe, folder.File("safe.dat"));
        plain.save_state_dict(folder.File("plain.dat")); // what checkpoints held before the kit had its own SGD

        Assert.Equal(File.ReadAllBytes(folder.File("plain.dat")), File.ReadAllBytes(folder.File("safe.dat")));
    }

    [Fact]
    [ComparesWithTorchSharpsConvertingCode]
    public void StateFile_OfTorchSharpSgd_ResumesScalarSafeSgdIdentically()
    {
        using var folder = new TempFolder();
        var (plainWeights, plain) = Problem(w => optim.SGD(w, 0.05, 0.9, weight_decay: 1e-4));
        using var _ = plain;
        Step(plainWeights, plain, 0);
        plain.save_state_dict(folder.File("optimizer.dat"));
        var (resumedWeights, resumed) = Problem(w => new ScalarSafeSgd(w, 0.05, 0.9, weight_decay: 1e-4));
        using var __ = resumed;
        Step(resumedWeights, resumed, 0); // the same weights after step 0; the momentum buffers then come from the file
        using (no_grad())
        {
            foreach (var state in resumed.state_dict().State.Cast<TorchSharp.Modules.SGD.State>())
            {
                state.momentum_buffer!.zero_();
            }
        }

        OptimizerStateFile.Load(resumed, folder.File("optimizer.dat"));
        Step(resumedWeights, resumed, 1);
        Step(plainWeights, plain, 1);

        AssertSameWeights(plainWeights, resumedWeights, "after the resumed step");
    }

    [Fact]
    [ComparesWithTorchSharpsConvertingCode] // needs the file of a real optimiser other than SGD; Adam never steps here
    public void StateFile_OfAnotherOptimiser_IsRefusedNamingBoth()
    {
        using var folder = new TempFolder();
        var (weights, first) = Problem(w => new ScalarSafeSgd(w, 0.1));
        first.Dispose();
        using var other = optim.Adam(weights, 0.1);
        other.save_state_dict(folder.File("optimizer.dat"));
        using var sgd = new ScalarSafeSgd(weights, 0.1);

        var error = Assert.Throws<InvalidDataException>(() => OptimizerStateFile.Load(sgd, folder.File("optimizer.dat")));

        Assert.Contains("optimizer.dat: holds the state of optimiser Adam, not ScalarSafeSgd", error.Message);
    }

    // Two parameters of a small least-squares problem, the same values for every optimiser.
    private static (TorchSharp.Modules.Parameter[] Weights, TorchSharp.Modules.SGD Optimizer) Problem(Func<TorchSharp.Modules.Parameter[], TorchSharp.Modules.SGD> make)
    {
        var generator = new Generator(7);
        var weights = new[]
        {
            new TorchSharp.Modules.Parameter(randn([4, 3], generator: generator)),
            new TorchSharp.Modules.Parameter(randn([3], generator: generator)),
        };
        return (weights, make(weights));
    }

    private static void AssertSameWeights(TorchSharp.Modules.Parameter[] expected, TorchSharp.Modules.Parameter[] actual, string when)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(actual[i].equal(expected[i]).all().item<bool>(), $"{when}, parameter {i}");
        }
    }

    private static void Step(TorchSharp.Modules.Parameter[] weights, TorchSharp.Modules.SGD optimizer, int step, bool onlyFirst = false)
    {
        using var scope = NewDisposeScope();
        var generator = new Generator((ulong)(100 + step));
        var x = randn([8, 4], generator: generator);
        var target = randn([8, 3], generator: generator);
        var prediction = onlyFirst ? x.matmul(weights[0]) : x.matmul(weights[0]).add(weights[1], HeldScalars.One);
        optimizer.zero_grad();
        (prediction - target).pow(HeldScalars.Of(2)).mean().backward();
        optimizer.step();
    }
}
