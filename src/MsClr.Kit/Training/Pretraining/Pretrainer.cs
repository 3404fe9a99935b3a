using MsClr.Kit.Data.Augmentation;
using System.Diagnostics;
using System.Text.Json;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Runtime;
using MsClr.Kit.Training.Losses;
using static TorchSharp.torch;
using MsClr.Kit.IO;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// The pretraining loop: SGD on the query encoder with the step schedule, a progress event per step, a Parquet metrics
/// log, atomic checkpoints every N epochs (and on cancellation), and exact resume from the latest checkpoint in the
/// run folder. Every random draw derives from (seed, epoch, batch), so a resumed run ends bit-identical to an
/// uninterrupted one on the same device.
/// </summary>
public static class Pretrainer
{
    /// <summary>The per-step metrics file in a run directory (<see cref="MetricsLog"/>).</summary>
    public const string MetricsFileName = "metrics.parquet";

    /// <summary>Runs (or resumes) pretraining in <see cref="PretrainOptions.RunDirectory"/>, settings from <paramref name="options"/>.</summary>
    /// <param name="clips">Training clips, aligned across the training formats.</param>
    /// <param name="options">Run folder, config, augmenter, device, progress and cancellation.</param>
    public static PretrainResult Run(MultiFormatClips clips, PretrainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Run(clips, options.Config, options.Augmenter, options.RunDirectory, options.Device ?? CPU, options.Progress, options.Cancellation);
    }

    /// <summary>Runs (or resumes) pretraining in <paramref name="runDirectory"/>.</summary>
    /// <param name="clips">Training clips, aligned across the training formats.</param>
    /// <param name="config">The run.</param>
    /// <param name="augmenter">View augmentations.</param>
    /// <param name="runDirectory">Folder for checkpoints and <c>metrics.parquet</c>; a run found there is resumed.</param>
    /// <param name="device">Compute device.</param>
    /// <param name="progress">Receives one event per step.</param>
    /// <param name="cancellation">Stops after the current step, saving a checkpoint.</param>
    public static PretrainResult Run(MultiFormatClips clips, PretrainConfig config, IViewAugmenter augmenter, string runDirectory, Device device, IProgress<TrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        Models.ComputePrecisionSupport.EnsureUsable(config.Precision, device, CpuFeatures.Current, Models.ComputePrecisionSupport.ForcedByEnvironment);
        using var runLock = RunLock.Acquire(runDirectory);
        var fingerprints = Fingerprints(clips.Formats.Select(f => f.Name), clips.Count, config);
        var fingerprint = fingerprints[0];
        var model = ContrastiveModel.Create(clips.Formats, config.EffectiveEncoder, config.EffectiveContrastive, Seeds.Generator(config.Seed, "init"), device, config.SeparateKeyInitialisation);
        model.Query.Precision = model.Key.Precision = config.Precision;
        var checkpoints = new CheckpointStore(runDirectory);
        checkpoints.RemoveStaleTemporaries();
        var metricsPath = Path.Combine(runDirectory, MetricsFileName);
        var resumedFrom = checkpoints.Latest();
        if (resumedFrom is { } latest)
        {
            checkpoints.LoadModel(latest, model, fingerprints);
        }

        var parameters = model.Query.parameters().Where(p => p.requires_grad).ToArray();
        using var optimizer = new ScalarSafeSgd(parameters, config.LearningRate, config.Momentum, weight_decay: config.WeightDecay);
        var log = new MetricsLog();
        if (resumedFrom is { } start)
        {
            checkpoints.LoadOptimizer(start, optimizer, fingerprints);
            if (File.Exists(metricsPath))
            {
                log = MetricsLog.Load(metricsPath);
                log.TruncateTo(start);
            }
        }

        var position = resumedFrom ?? new CheckpointPosition(1, 0);
        var batches = new PretrainBatches(clips, new FormatPairSampler(clips.Formats, config.Pairing), config.Method, config.Stream, augmenter, config.BatchSize, config.Seed);
        var steps = batches.IterationsPerEpoch;
        for (var epoch = position.Epoch; epoch <= config.Epochs; epoch++)
        {
            var rate = config.RateAt(epoch);
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = rate;
            }

            model.Train();
            foreach (var (batch, views) in Prefetcher.Run(batches.Epoch(epoch, epoch == position.Epoch ? position.Batch : 0), b => b.Views.Dispose()))
            {
                using (views)
                {
                    var step = TrainStep(model, optimizer, views, config, epoch, batch, steps, rate, checkpoints);
                    log.Add(step);
                    progress?.Report(step);
                }

                if (cancellation.IsCancellationRequested)
                {
                    var next = batch + 1 < steps ? new CheckpointPosition(epoch, batch + 1) : new CheckpointPosition(epoch + 1, 0);
                    Save(checkpoints, next, model, optimizer, fingerprint, log, metricsPath);
                    return new PretrainResult(model, log, next, next.Epoch > config.Epochs, resumedFrom);
                }
            }

            if (epoch % config.CheckpointEvery == 0 || epoch == config.Epochs)
            {
                Save(checkpoints, new CheckpointPosition(epoch + 1, 0), model, optimizer, fingerprint, log, metricsPath);
            }
        }

        return new PretrainResult(model, log, new CheckpointPosition(config.Epochs + 1, 0), true, resumedFrom);
    }

    private static TrainingProgress TrainStep(ContrastiveModel model, ScalarSafeSgd optimizer, BatchViews views, PretrainConfig config, int epoch, int batch, int steps, double rate, CheckpointStore checkpoints)
    {
        var clock = Stopwatch.StartNew();
        var losses = PretrainStep.Run(model, optimizer, views, config.Method, config.Seed, epoch, batch);
        if (!float.IsFinite(losses.Total))
        {
            throw new TrainingDivergedException(
                $"loss is {losses.Total} at epoch {epoch}, step {batch}; the last good checkpoint is {checkpoints.Latest()?.FolderName ?? "none (no checkpoint yet)"} in {checkpoints.Root}");
        }

        return new TrainingProgress(epoch, config.Epochs, batch, steps, losses.Total, losses.Nce, losses.Extreme, losses.ExtremeDrop, rate,
            views.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9), views.QueryFormat.Name, views.KeyFormat.Name, losses.KeyCosine);
    }

    private static void Save(CheckpointStore checkpoints, CheckpointPosition next, ContrastiveModel model, ScalarSafeSgd optimizer, string fingerprint, MetricsLog log, string metricsPath)
    {
        checkpoints.Save(next, model, optimizer, fingerprint);
        log.Save(metricsPath);
    }

    /// <summary>
    /// Short hashes of everything that must match for a checkpoint to be resumable (config, formats, clips): the current
    /// one first, which new checkpoints carry, then, for the paper's projection head, the one kits wrote before
    /// <see cref="ContrastiveConfig.HeadInitialisation"/> existed (the field entered the hashed JSON, and every earlier
    /// run could no longer be resumed or reloaded for kNN, subject or fine-tuning).
    /// </summary>
    internal static IReadOnlyList<string> Fingerprints(IEnumerable<string> formats, int count, PretrainConfig config)
    {
        var hashed = new
        {
            Config = config with { CheckpointEvery = 0, Epochs = 0 },
            Encoder = config.EffectiveEncoder,
            Contrastive = config.EffectiveContrastive,
            Formats = formats.ToArray(),
            Count = count,
        };
        // Upper case: the form the checkpoint manifests of earlier runs hold.
        string Hash(JsonSerializerOptions options) => ContentHash.ShortHex(JsonSerializer.Serialize(hashed, options), 16).ToUpperInvariant();
        return config.EffectiveContrastive.HeadInitialisation == Models.ProjectionInitialisation.Official
            ? [Hash(JsonSerializerOptions.Default), Hash(BeforeHeadInitialisation)]
            : [Hash(JsonSerializerOptions.Default)];
    }

    // The JSON of kits before the head-init option: ContrastiveConfig without its HeadInitialisation property.
    private static readonly JsonSerializerOptions BeforeHeadInitialisation = new()
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (info.Type == typeof(ContrastiveConfig))
                    {
                        info.Properties.Remove(info.Properties.Single(p => p.Name == nameof(ContrastiveConfig.HeadInitialisation)));
                    }
                },
            },
        },
    };
}

/// <summary>The outcome of <see cref="Pretrainer"/>.Run.</summary>
/// <param name="Model">The trained MoCo pair (the caller disposes it).</param>
/// <param name="Log">Per-step metrics of the whole run (resumed runs included).</param>
/// <param name="Next">Where the run would continue; equals (Epochs + 1, 0) when complete.</param>
/// <param name="Completed">false when the run was cancelled before its last epoch (a checkpoint was saved).</param>
/// <param name="ResumedFrom">The checkpoint position the run started from, or null for a fresh run.</param>
public sealed record PretrainResult(ContrastiveModel Model, MetricsLog Log, CheckpointPosition Next, bool Completed, CheckpointPosition? ResumedFrom);

/// <summary>The loss became NaN or infinite; the message names the step and the last good checkpoint.</summary>
public sealed class TrainingDivergedException(string message) : Exception(message);
