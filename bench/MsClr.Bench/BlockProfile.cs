using System.Diagnostics;
using System.Globalization;
using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace MsClr.Bench;

/// <summary>Forward time of each operation of an ST-GCN block at the paper's shapes (256 rows = 128 clips × 2 persons,
/// 25 joints), in wall and process CPU milliseconds (CPU time stays meaningful on a busy machine with MSCLR_THREADS=1):
/// where a step's time goes.</summary>
internal static class BlockProfile
{
    public static void Print(bool quickShapes = false)
    {
        var rows = quickShapes ? 64L : 256L;
        const long joints = 25;
        using var noGrad = no_grad();
        Console.WriteLine("| block (C_in→C_out, T) | operation | wall ms | process CPU ms |");
        Console.WriteLine("|---|---|---:|---:|");
        var shapes = quickShapes
            ? new[] { (3L, 8L, 50L), (8L, 8L, 50L), (16L, 16L, 25L), (32L, 64L, 13L) }
            : new[] { (16L, 16L, 50L), (32L, 32L, 25L), (64L, 64L, 13L), (64L, 256L, 13L), (256L, 256L, 13L) };
        foreach (var (cin, cout, frames) in shapes)
        {
            using var scope = NewDisposeScope();
            var x = randn(rows, cin, frames, joints);
            var gcnConv = Conv2d(cin, cout * 3, 1);
            var adjacency = rand(3, joints, joints);
            var y = gcnConv.forward(x);
            var temporal = Conv2d(cout, cout, (9L, 1L), padding: (4L, 0L));
            var norm = new ScalarSafeBatchNorm2d(cout);
            norm.train();
            var z = randn(rows, cout, frames, joints);
            var label = $"{cin}→{cout}, T {frames}";
            Row(label, "gcn 1×1 convolution", () => gcnConv.forward(x));
            Row(label, "gcn adjacency (einsum)", () => einsum("nkctv,kvw->nctw", y.view(rows, 3, cout, frames, joints), adjacency));
            Row(label, "gcn adjacency first (einsum on C_in)", () => einsum("nctv,kvw->nkctw", x, adjacency));
            var weight = gcnConv.weight!;
            var bias = gcnConv.bias!;
            Row(label, "GraphConvolution.AdjacencyLast", () => MsClr.Kit.Models.GraphConvolution.AdjacencyLast(x, weight, bias, adjacency));
            Row(label, "GraphConvolution.AdjacencyFirst", () => MsClr.Kit.Models.GraphConvolution.AdjacencyFirst(x, weight, bias, adjacency));
            Row(label, "tcn 9×1 convolution", () => temporal.forward(z));
            Row(label, "BatchNorm (train)", () => norm.forward(z));
            Row(label, "ReLU", () => functional.relu(z));
            Row(label, "dropout mask (bernoulli)", () => empty_like(z).bernoulli_(0.5));
            var generator = new Generator(1);
            Row(label, "dropout mask (uniform < keep)", () => empty_like(z).uniform_(0, 1, generator).lt_(HeldScalars.Of(0.5)));
            Row(label, "dropout mask (bernoulli, own generator)", () => empty_like(z).bernoulli_(0.5, generator));
            Row(label, "dropout multipliers (DropoutMasks, random bits at p = 0.5)", () => DropoutMasks.KeepScale(z, 0.5, generator));
            var dropped = DropoutMasks.KeepScale(z, 0.5, generator).eq(HeldScalars.Of(0));
            var multipliers = DropoutMasks.KeepScale(z, 0.5, generator);
            Row(label, "dropout applied with masked_fill (bool mask)", () => z.mul(HeldScalars.Of(2.0)).masked_fill_(dropped, HeldScalars.Of(0)));
            Row(label, "dropout applied as a product (bf16 multipliers)", () => z * multipliers);
        }
    }

    private static void Row(string block, string operation, Func<Tensor> run, int repeats = 3)
    {
        using (NewDisposeScope())
        {
            run();
        }

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < repeats; i++)
        {
            using var scope = NewDisposeScope();
            run();
        }

        var wall = clock.Elapsed.TotalMilliseconds / repeats;
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {block} | {operation} | {wall:F1} | {(process.TotalProcessorTime - cpu).TotalMilliseconds / repeats:F1} |"));
    }
}
