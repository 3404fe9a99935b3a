using System.CommandLine;
using MsClr.Kit.Experiments;
using MsClr.Kit.Models;

namespace MsClr.Cli.Commands;

/// <summary><c>--budget</c> and the flags that reshape it (<c>--epochs</c>, <c>--width</c>, <c>--output-dim</c>, <c>--clips</c>, <c>--batch</c>,
/// <c>--linear-epochs</c>, and the contrastive objective's scale: <c>--queue</c>, <c>--key-momentum</c>, <c>--temperature</c>,
/// <c>--lr</c>, <c>--head-init</c>), shared by every experiment verb.</summary>
internal sealed class BudgetOptions
{
    private readonly Option<string> _budget;
    private readonly Option<int?> _epochs = new("--epochs") { Description = "Pretraining epochs (overrides the budget's)" };
    private readonly Option<int?> _width = new("--width") { Description = "Encoder width h, the first blocks' channels (overrides the budget's; paper 16)" };
    private readonly Option<int?> _outputDim = new("--output-dim") { Description = "Channels of the encoder's last block, the frozen feature a probe reads (overrides the budget's; paper 256)" };
    private readonly Option<int?> _clips = new("--clips") { Description = "Clips of the synthetic benchmark (overrides the budget's; the store is rebuilt to this count)" };
    private readonly Option<int?> _batch = new("--batch") { Description = "Pretraining and probe batch size (overrides the budget's; the key queue rounds up to a multiple of it)" };
    private readonly Option<int?> _linearEpochs = new("--linear-epochs") { Description = "Linear-probe epochs (overrides the budget's)" };
    private readonly Option<int?> _queue = new("--queue") { Description = "Key queue size (overrides the budget's; rounded up to a multiple of the batch)" };
    private readonly Option<double?> _keyMomentum = new("--key-momentum") { Description = "m of the momentum key encoder (overrides the budget's; paper 0.999)" };
    private readonly Option<double?> _temperature = new("--temperature") { Description = "Temperature of the contrastive logits (overrides the budget's; paper 0.07)" };
    private readonly Option<double?> _learningRate = new("--lr") { Description = "Base SGD rate of pretraining (overrides the budget's; paper 0.1)" };
    private readonly Option<string?> _headInit = new Option<string?>("--head-init") { Description = "How the projection head starts: official (the paper's N(0, 0.02)) or fan-in (N(0, 1/fan-in); docs/study.md)" }
        .AcceptOnlyFromAmong("official", "fan-in");

    /// <summary>The options, with <paramref name="description"/> on <c>--budget</c>.</summary>
    public BudgetOptions(string description = "smoke, quick or paper") =>
        _budget = new Option<string>("--budget") { Description = description, DefaultValueFactory = _ => "quick" };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _budget, _epochs, _width, _outputDim, _clips, _batch, _linearEpochs, _queue, _keyMomentum, _temperature, _learningRate, _headInit })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The named budget with the given overrides (<see cref="Budget.Override"/>).</summary>
    public Budget Budget(ParseResult result) => MsClr.Kit.Experiments.Budget.Get(result.GetValue(_budget)!).Override(
        result.GetValue(_epochs), result.GetValue(_width), result.GetValue(_clips), result.GetValue(_batch), result.GetValue(_linearEpochs),
        result.GetValue(_queue), result.GetValue(_keyMomentum), result.GetValue(_temperature), result.GetValue(_learningRate), result.GetValue(_outputDim),
        result.GetValue(_headInit) switch { "fan-in" => ProjectionInitialisation.FanIn, "official" => ProjectionInitialisation.Official, _ => null });
}
