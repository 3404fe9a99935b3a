using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MsClr.Kit.IO;

namespace MsClr.Kit.Experiments;

/// <summary>The outcome of a fine-tuning protocol (<see cref="FineTuningEvaluation"/>), as saved in the run folder.</summary>
/// <param name="Protocol">The protocol in words (<see cref="FineTuningEvaluation.Describe"/>).</param>
/// <param name="Top1">Top-1 (fraction) on the test clips of the primary format.</param>
/// <param name="LabelledSampleIds">The training clips whose labels were used, in row order.</param>
/// <param name="LabelledFraction">Labelled clips ÷ training clips (above the nominal fraction on small data: at least one clip per class).</param>
/// <param name="EncoderChange">‖θ_end − θ_pretrained‖ / ‖θ_pretrained‖ over the encoder's trunk (<see cref="Evaluation.SupervisedResult.EncoderChange"/>);
/// NaN in files written before it was recorded.</param>
/// <param name="TrainLoss">Mean training cross-entropy per epoch (nats); empty in files written before it was recorded.</param>
public sealed record FineTuningResult(string Protocol, double Top1, IReadOnlyList<string> LabelledSampleIds, double LabelledFraction, double EncoderChange, IReadOnlyList<double> TrainLoss)
{
    /// <summary>The number of labelled training clips.</summary>
    public int Labelled => LabelledSampleIds.Count;

    /// <summary>Reads a result saved by <see cref="FineTuningEvaluation.Run"/>.</summary>
    /// <exception cref="InvalidDataException">The file lacks <c>protocol</c>, <c>top1</c> or <c>labelled_sample_ids</c> (the message names it).</exception>
    public static FineTuningResult Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        JsonElement Required(string name) => root.TryGetProperty(name, out var value)
            ? value
            : throw new InvalidDataException($"{path}: no '{name}'; expected a result written by FineTuningEvaluation");
        return new FineTuningResult(
            Required("protocol").GetString() ?? "",
            Number(Required("top1")),
            Required("labelled_sample_ids").EnumerateArray().Select(e => e.GetString() ?? "").ToArray(),
            root.TryGetProperty("labelled_fraction", out var fraction) ? Number(fraction) : double.NaN,
            root.TryGetProperty("encoder_relative_change", out var change) ? Number(change) : double.NaN,
            root.TryGetProperty("train_loss", out var loss) ? loss.EnumerateArray().Select(Number).ToArray() : []);
    }

    /// <summary>Writes the result atomically to <paramref name="path"/>.</summary>
    internal void Write(string path) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(new
    {
        protocol = Protocol,
        top1 = Top1,
        labelled_fraction = LabelledFraction,
        encoder_relative_change = EncoderChange,
        train_loss = TrainLoss,
        labelled_sample_ids = LabelledSampleIds,
    }, new JsonSerializerOptions { WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals }));

    // A diverged run's NaN loss is written as the string "NaN".
    private static double Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble();
}
