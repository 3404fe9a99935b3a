using System.Globalization;
using System.Text;
using MsClr.Kit.Data.Synthetic;
using System.Text.Json.Serialization;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Models;
using MsClr.Kit.Training.Losses;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Kit.Experiments;

/// <summary>
/// How much compute an experiment gets. One code path, scaled: the schedule points of the paper (lr drop at 250/300,
/// mining from 150/300, linear lr drop at 80/100) keep their relative positions at every budget. Any field can be
/// changed (<c>Budget.Quick with { Epochs = 20 }</c>, or <see cref="Override"/> for the CLI's flags); an
/// <see cref="ExperimentSpec"/> hashes the values, so a changed budget is a new experiment, never a stale reuse.
/// </summary>
/// <param name="Name">smoke, quick or paper.</param>
/// <param name="Epochs">Pretraining epochs (paper 300).</param>
/// <param name="BatchSize">Pretraining and probe batch size (paper 128).</param>
/// <param name="QueueSize">Key queue size, a multiple of the batch size (paper 32,768).</param>
/// <param name="HiddenChannels">Encoder width h (paper 16).</param>
/// <param name="OutputDim">Encoder output channels (paper 256).</param>
/// <param name="FeatureDim">Projection size (paper 128).</param>
/// <param name="LinearEpochs">Linear-probe epochs (paper 100).</param>
/// <param name="SyntheticClips">Clips of the synthetic dataset this budget builds.</param>
/// <param name="KeyMomentum">m of the momentum key encoder; null keeps the paper's 0.999 (see <see cref="ContrastiveConfig.Momentum"/>).</param>
/// <param name="Temperature">T of the contrastive logits; null keeps the paper's 0.07.</param>
/// <param name="LearningRate">Base SGD rate of pretraining; null keeps the paper's 0.1.</param>
/// <param name="HeadInit">How the projection head starts; null keeps the official initialisation (<see cref="ProjectionInitialisation"/>).</param>
public sealed record Budget(
    string Name, int Epochs, int BatchSize, int QueueSize, int HiddenChannels, int OutputDim, int FeatureDim, int LinearEpochs, int SyntheticClips,
    // Left out of the JSON while unset, so the canonical form (and every experiment id) of a budget that keeps the
    // paper's objective is what it was before these fields existed.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? KeyMomentum = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Temperature = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? LearningRate = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonConverter(typeof(JsonStringEnumConverter<ProjectionInitialisation>))] ProjectionInitialisation? HeadInit = null)
{
    /// <summary>Seconds, for tests: a handful of steps on a tiny model.</summary>
    public static Budget Smoke { get; } = new("smoke", Epochs: 3, BatchSize: 16, QueueSize: 64, HiddenChannels: 4, OutputDim: 16, FeatureDim: 16, LinearEpochs: 15, SyntheticClips: 140);

    /// <summary>CPU minutes: the README's main job, small model and synthetic data.</summary>
    public static Budget Quick { get; } = new("quick", Epochs: 3, BatchSize: 32, QueueSize: 256, HiddenChannels: 8, OutputDim: 64, FeatureDim: 32, LinearEpochs: 30, SyntheticClips: 490);

    /// <summary>The paper's settings, for a GPU.</summary>
    public static Budget Paper { get; } = new("paper", Epochs: 300, BatchSize: 128, QueueSize: 32768, HiddenChannels: 16, OutputDim: 256, FeatureDim: 128, LinearEpochs: 100, SyntheticClips: 12000);

    /// <summary>smoke, quick and paper.</summary>
    public static IReadOnlyList<Budget> All { get; } = [Smoke, Quick, Paper];

    /// <summary>Environment variable a notebook run sets to its budget name (read by <see cref="FromRun"/>).</summary>
    public const string EnvironmentVariable = "MSCLR_BUDGET";

    /// <summary>The budget of the current notebook run (<c>$MSCLR_BUDGET</c>), or <paramref name="fallback"/> outside a run.</summary>
    public static Budget FromRun(string fallback = "quick") =>
        Get(Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } name ? name : fallback);

    /// <summary>The budget called <paramref name="name"/> (case-insensitive).</summary>
    public static Budget Get(string name) =>
        All.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"unknown budget '{name}'; expected smoke, quick or paper");

    /// <summary>The synthetic dataset this budget's experiments train on: <see cref="SyntheticClips"/> clips, generator seed 1
    /// (the same files for every experiment, notebook and command at this budget).</summary>
    public SyntheticConfig SyntheticData() => new() { Samples = SyntheticClips, Seed = 1 };

    // What a notebook cell or a log line shows for a budget: its values, with the objective's fields only when set (an
    // unset one means the paper's value, and "KeyMomentum = " would read as missing).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Name = {Name}, Epochs = {Epochs}, BatchSize = {BatchSize}, QueueSize = {QueueSize}, ");
        builder.Append(CultureInfo.InvariantCulture, $"HiddenChannels = {HiddenChannels}, OutputDim = {OutputDim}, FeatureDim = {FeatureDim}, LinearEpochs = {LinearEpochs}, SyntheticClips = {SyntheticClips}");
        foreach (var (name, value) in new[] { (nameof(KeyMomentum), KeyMomentum), (nameof(Temperature), Temperature), (nameof(LearningRate), LearningRate) })
        {
            if (value is { } v)
            {
                builder.Append(CultureInfo.InvariantCulture, $", {name} = {v}");
            }
        }

        if (HeadInit is { } head)
        {
            builder.Append(CultureInfo.InvariantCulture, $", {nameof(HeadInit)} = {head}");
        }

        return true;
    }

    /// <summary>Whether this is one of the named budgets of <see cref="All"/> unchanged.</summary>
    [JsonIgnore]
    public bool IsNamed => All.Contains(this);

    /// <summary>
    /// A short tag of what differs from the named budget this one was made from, for run ids and labels: empty for an
    /// unchanged named budget, e.g. <c>e20-w4</c> for quick with 20 epochs and width 4 (e epochs, w width, o output
    /// channels, f projection size, b batch, q queue, l linear epochs, c clips, m key momentum, t temperature, r learning
    /// rate, <c>hfan</c> the fan-in projection head); <c>custom</c> for a name the kit does not know.
    /// </summary>
    [JsonIgnore]
    public string Tag
    {
        get
        {
            if (All.FirstOrDefault(b => b.Name == Name) is not { } named)
            {
                return "custom";
            }

            static string Text(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";
            (string Key, string Value, string Named)[] fields =
            [
                ("e", $"{Epochs}", $"{named.Epochs}"), ("w", $"{HiddenChannels}", $"{named.HiddenChannels}"), ("o", $"{OutputDim}", $"{named.OutputDim}"),
                ("f", $"{FeatureDim}", $"{named.FeatureDim}"), ("b", $"{BatchSize}", $"{named.BatchSize}"), ("q", $"{QueueSize}", $"{named.QueueSize}"),
                ("l", $"{LinearEpochs}", $"{named.LinearEpochs}"), ("c", $"{SyntheticClips}", $"{named.SyntheticClips}"),
                ("m", Text(KeyMomentum), Text(named.KeyMomentum)), ("t", Text(Temperature), Text(named.Temperature)),
                ("r", Text(LearningRate), Text(named.LearningRate)),
                ("h", HeadInit == ProjectionInitialisation.FanIn ? "fan" : "", named.HeadInit == ProjectionInitialisation.FanIn ? "fan" : ""),
            ];
            return string.Join('-', fields.Where(f => f.Value != f.Named).Select(f => $"{f.Key}{f.Value}"));
        }
    }

    /// <summary>The name, followed by the changed values when it departs from the named budget, e.g. <c>quick (e20-w4)</c>.</summary>
    [JsonIgnore]
    public string Label => Tag.Length == 0 ? Name : $"{Name} ({Tag})";

    /// <summary>
    /// This budget with the given values replaced (null keeps a value). A batch size that does not divide the key queue
    /// rounds the queue up to the next multiple of it, since the queue is filled one batch at a time.
    /// </summary>
    /// <param name="epochs">Pretraining epochs.</param>
    /// <param name="width">Encoder width h (hidden channels of the first blocks).</param>
    /// <param name="outputDim">Channels of the encoder's last block: the size of the frozen feature a probe reads.</param>
    /// <param name="clips">Clips of the synthetic dataset.</param>
    /// <param name="batch">Pretraining and probe batch size.</param>
    /// <param name="linearEpochs">Linear-probe epochs.</param>
    /// <param name="queue">Key queue size (rounded up to a multiple of the batch size).</param>
    /// <param name="keyMomentum">m of the momentum key encoder, in [0, 1].</param>
    /// <param name="temperature">T of the contrastive logits, &gt; 0.</param>
    /// <param name="learningRate">Base SGD rate of pretraining, &gt; 0.</param>
    /// <param name="headInit">How the projection head starts (<see cref="ProjectionInitialisation.Official"/> keeps the paper's).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count below 1, a momentum outside [0, 1] or a temperature or rate not above 0.</exception>
    public Budget Override(
        int? epochs = null, int? width = null, int? clips = null, int? batch = null, int? linearEpochs = null,
        int? queue = null, double? keyMomentum = null, double? temperature = null, double? learningRate = null, int? outputDim = null,
        ProjectionInitialisation? headInit = null)
    {
        foreach (var (name, value) in new[] { ("epochs", epochs), ("width", width), ("clips", clips), ("batch", batch), ("linear epochs", linearEpochs), ("queue", queue), ("output dim", outputDim) })
        {
            if (value is < 1)
            {
                throw new ArgumentOutOfRangeException(name, value, $"budget {name}: expected a positive number");
            }
        }

        if (keyMomentum is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(keyMomentum), keyMomentum, "budget key momentum: expected a value in [0, 1]");
        }

        foreach (var (name, value) in new[] { ("temperature", temperature), ("learning rate", learningRate) })
        {
            if (value is <= 0 || value is { } v && !double.IsFinite(v))
            {
                throw new ArgumentOutOfRangeException(name, value, $"budget {name}: expected a finite number above 0");
            }
        }

        var batchSize = batch ?? BatchSize;
        var queueSize = queue ?? QueueSize;
        return this with
        {
            Epochs = epochs ?? Epochs,
            HiddenChannels = width ?? HiddenChannels,
            OutputDim = outputDim ?? OutputDim,
            SyntheticClips = clips ?? SyntheticClips,
            BatchSize = batchSize,
            QueueSize = (queueSize + batchSize - 1) / batchSize * batchSize,
            LinearEpochs = linearEpochs ?? LinearEpochs,
            KeyMomentum = keyMomentum ?? KeyMomentum,
            Temperature = temperature ?? Temperature,
            LearningRate = learningRate ?? LearningRate,
            // The official initialisation is the unset value, so that asking for it keeps the named budget's id.
            HeadInit = headInit is null ? HeadInit : headInit == ProjectionInitialisation.Official ? null : headInit,
        };
    }

    /// <summary><paramref name="config"/> scaled to this budget (epochs, batch, model and queue size, schedule points).</summary>
    public PretrainConfig Apply(PretrainConfig config) => config with
    {
        Epochs = Epochs,
        LearningRate = LearningRate ?? config.LearningRate,
        BatchSize = BatchSize,
        Milestones = [Scale(250, 300, Epochs)],
        CheckpointEvery = Math.Max(1, Epochs / 6),
        Encoder = config.EffectiveEncoder with { HiddenChannels = HiddenChannels, OutputDim = OutputDim },
        Contrastive = config.EffectiveContrastive with
        {
            QueueSize = QueueSize,
            FeatureDim = FeatureDim,
            MiningStartEpoch = Scale(150, 300, Epochs),
            Momentum = KeyMomentum ?? config.EffectiveContrastive.Momentum,
            Temperature = Temperature ?? config.EffectiveContrastive.Temperature,
            HeadInitialisation = HeadInit ?? config.EffectiveContrastive.HeadInitialisation,
        },
    };

    /// <summary>The linear protocol scaled to this budget; below the paper budget the features are standardised first
    /// (see <see cref="LinearEvalConfig.StandardiseFeatures"/>).</summary>
    public LinearEvalConfig LinearEval() => new(
        Epochs: LinearEpochs,
        Milestones: [Scale(80, 100, LinearEpochs)],
        BatchSize: BatchSize,
        EvalInterval: Math.Max(1, LinearEpochs / 20),
        StandardiseFeatures: Name != "paper");

    private static int Scale(int point, int of, int epochs) => Math.Max(1, (int)Math.Round((double)point * epochs / of));
}
