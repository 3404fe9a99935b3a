using MsClr.Kit.Runtime;

namespace MsClr.Kit.Tests.Architecture;

/// <summary>
/// No code of the kit makes a TorchSharp Scalar that the garbage collector may finalise during the native call that
/// reads it (<see cref="HeldScalars"/> says why): checked over the compiled assemblies with <see cref="TemporaryScalarCalls"/>.
/// The tests are checked too, since xunit runs test classes in parallel in one process; only those that compare the kit
/// with TorchSharp's converting code are exempt (<see cref="ComparesWithTorchSharpsConvertingCodeAttribute"/>).
/// </summary>
public sealed class ScalarLifetimeTests
{
    private static readonly Lazy<TemporaryScalarCalls> Analysis = new(() =>
        TemporaryScalarCalls.Of(typeof(TorchSharp.Scalar).Assembly.Location));

    [Fact]
    public void TorchSharp_TheOperationsSeenToFail_AreFoundConverting()
    {
        var analysis = Analysis.Value;

        // a + b passes alpha = 1 as a fresh Scalar; SGD's step and BatchNorm's batch counter convert their numbers.
        Assert.True(analysis.IsConverting("TorchSharp.torch/Tensor", "op_Addition"));
        Assert.True(analysis.IsConverting("TorchSharp.torch/Tensor", "square"));
        Assert.True(analysis.IsConverting("TorchSharp.Modules.SGD", "step"));
        Assert.True(analysis.IsConverting("TorchSharp.Modules.BatchNorm", "forward"));
        // Operations that take no number are not.
        Assert.False(analysis.IsConverting("TorchSharp.torch/Tensor", "matmul"));
        Assert.False(analysis.IsConverting("TorchSharp.Modules.Conv2d", "forward"));
    }

    [Theory]
    [InlineData("MsClr.Kit")]
    [InlineData("MsClr.Notebooks")]
    [InlineData("msclr")]
    [InlineData("MsClr.Kit.Tests")]
    public void KitAssembly_NumbersReachTensorOperations_OnlyAsHeldScalars(string assembly) =>
        AssertNoTemporaryScalars(assembly, Path.Combine(AppContext.BaseDirectory, assembly + ".dll"));

    [Fact]
    public void BenchAssembly_NumbersReachTensorOperations_OnlyAsHeldScalars()
    {
        // The tests do not reference the bench, but the solution builds it beside them, in the same configuration.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(KitEnvironment.RepositoryRoot, "bench", "MsClr.Bench", "bin", output.Parent!.Name, output.Name, "MsClr.Bench.dll");
        Assert.True(File.Exists(path), $"{path} is missing: build the solution (MsClr.Kit.sln), which builds the bench with the tests");

        AssertNoTemporaryScalars("MsClr.Bench", path);
    }

    private static void AssertNoTemporaryScalars(string assembly, string path)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal) { typeof(HeldScalars).FullName! };

        var places = Analysis.Value.In(path, allowed, typeof(ComparesWithTorchSharpsConvertingCodeAttribute).FullName!);

        Assert.True(places.Count == 0,
            $"{places.Count} place(s) in {assembly} convert a number to a TorchSharp Scalar that nothing keeps alive; pass HeldScalars.Of(...) to the Scalar overload instead:\n"
            + string.Join('\n', places));
    }
}
