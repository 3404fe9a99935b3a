using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace MsClr.Kit.Models;

/// <summary>The heads put on the pooled 256-d features (the encoder's <c>fc</c>).</summary>
public static class Heads
{
    /// <summary>The pretraining projection head: Linear(in, hidden) → ReLU → Linear(hidden, out); paper 256 → 256 → 128.</summary>
    public static Module<Tensor, Tensor> Projection(int inputDim = 256, int hiddenDim = 256, int outputDim = 128) =>
        Sequential(Linear(inputDim, hiddenDim), ReLU(), Linear(hiddenDim, outputDim));

    /// <summary>A linear classifier Linear(in, classes) for linear evaluation.</summary>
    public static Module<Tensor, Tensor> Classifier(int classes, int inputDim = 256) => Linear(inputDim, classes);
}
