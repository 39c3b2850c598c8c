using System.ComponentModel;
using System.Diagnostics;
using Plenum.Cli.Presenters;
using Plenum.Cluster;
using Plenum.Cluster.Contracts;
using Plenum.Cluster.Hosting;
using Plenum.Core.Models;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum sweep FILE --model M --runs N --seed S [--cluster HOST:GATEWAY,…]</c>: a Monte Carlo sweep, in
/// process or split into batches on an Orleans cluster; the answer is the same bit for bit either way.
/// Also <c>--attach ID</c> (watch a running sweep and take its result) and <c>--cancel ID</c>.
/// </summary>
public sealed class SweepCommand(Output output) : AsyncCommand<SweepCommand.Settings>
{
    /// <summary>The options shared with <c>forecast</c> (<see cref="ScenarioRunSettings"/>) and the cluster's.</summary>
    public sealed class Settings : ScenarioRunSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A scenario (YAML), or a KTAB CSV / Decide / actor-table file (not needed with --attach or --cancel).")]
        public string? File { get; init; }

        [CommandOption("--cluster <HOST:GATEWAY>")]
        [Description("Gateways of an Orleans cluster of 'plenum silo' processes, comma-separated. Without it the sweep runs in this process.")]
        public string? Cluster { get; init; }

        [CommandOption("--cluster-id <ID>")]
        [Description("Name of the cluster (default plenum).")]
        public string ClusterId { get; init; } = SweepProtocol.DefaultClusterId;

        [CommandOption("--batch-size <B>")]
        [Description("Runs per batch on the cluster, a multiple of 512 (default 2048).")]
        public int BatchSize { get; init; } = SweepProtocol.DefaultBatchSize;

        [CommandOption("--batch-timeout <SECONDS>")]
        [Description("A batch running longer is sent again to another silo (default 1800).")]
        public int BatchTimeout { get; init; } = 1800;

        [CommandOption("--attach <ID>")]
        [Description("Watch the running sweep ID on --cluster and take its result.")]
        public string? Attach { get; init; }

        [CommandOption("--cancel <ID>")]
        [Description("Cancel the sweep ID on --cluster.")]
        public string? Cancel { get; init; }
    }

    /// <summary>Monte Carlo runs when <c>--runs</c> is not given.</summary>
    public const int DefaultRuns = 10_000;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var format = settings.CheckCommon();
        if (settings.Attach is not null && settings.Cancel is not null) throw new UsageException("give either --attach or --cancel, not both");
        if ((settings.Attach ?? settings.Cancel) is not null && settings.Cluster is null)
            throw new UsageException($"{(settings.Attach is not null ? "--attach" : "--cancel")} needs --cluster HOST:GATEWAY");
        if (settings.Cancel is { } cancelId) return await CancelAsync(settings, cancelId, cancellationToken);

        ForecastResult result;
        Scenario scenario;
        ModelOptions options;
        string file;
        var runs = settings.RunsOr(DefaultRuns);
        string? text = null;
        if (settings.Attach is { } attachId)
        {
            var sweep = await WatchAsync(settings, attachId, null, cancellationToken);
            SweepInputs inputs;
            try
            {
                inputs = SweepInputs.Load(sweep.Request);
            }
            catch (SweepInputException e)
            {
                throw new ModelInputException($"sweep {attachId}: this client cannot read the sweep's scenario: {e.Message}");
            }
            (scenario, options, file, text) = (inputs.Scenario, inputs.Options, sweep.Request.FileName, sweep.Request.ScenarioText);
            result = MonteCarloAccumulator.FromBytes(sweep.Accumulator).ToResult(scenario, inputs.Model.Descriptor.Id, options);
        }
        else
        {
            file = settings.File ?? throw new UsageException("sweep needs a FILE (or --attach ID / --cancel ID)");
            if (settings.BatchSize < MonteCarloRunner.BlockSize || settings.BatchSize % MonteCarloRunner.BlockSize != 0 || settings.BatchSize > ScenarioLimits.MaxRuns)
                throw new UsageException($"--batch-size must be a multiple of {MonteCarloRunner.BlockSize} (512, 1024, 2048…)");
            if (settings.BatchTimeout < 1) throw new UsageException("--batch-timeout must be at least 1 second");
            var model = settings.SingleModel("sweep");
            var modelId = model.Descriptor.Id;
            options = settings.BuildOptions([model]);
            scenario = settings.OpenScenario(file);
            if (settings.Cluster is null)
            {
                result = ProgressReporter.Run(output, $"{modelId}: {runs:N0} runs", runs,
                    progress => MonteCarloRunner.Run(model, scenario, options, runs, settings.Threads ?? -1, progress, cancellationToken));
            }
            else
            {
                text = System.IO.File.ReadAllText(file);
                var request = new SweepRequest(SweepProtocol.Version, Path.GetFileName(file), text, settings.From, settings.WhatIf, modelId,
                    options.Values.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal), settings.Seed, runs,
                    settings.BatchSize, TimeSpan.FromSeconds(settings.BatchTimeout));
                var sweep = await WatchAsync(settings, Guid.NewGuid().ToString("N")[..12], request, cancellationToken);
                result = MonteCarloAccumulator.FromBytes(sweep.Accumulator).ToResult(scenario, modelId, options);
            }
        }

        await using var store = settings.NoSave ? null : Storage.RunStores.Open(settings.Store);
        var results = new List<ForecastResult> { result };
        ScenarioRunSettings.Print(output, format, scenario, results);
        if (settings.Out is not null)
        {
            var written = OutDirectory.Write(settings.Out, scenario, results).Count;
            output.Stderr.WriteLine($"wrote {written} files to {settings.Out}");
        }
        if (store is not null)
        {
            var saved = result.Issues.FirstOrDefault()?.Distribution?.Runs ?? runs;
            var id = await store.SaveAsync(RunRecords.For(file, scenario, results, options, saved, clock.Elapsed.TotalMilliseconds, text), cancellationToken);
            output.Stderr.WriteLine($"saved as run {id} in {store.Location}");
        }
        return ExitCodes.Success;
    }

    /// <summary>Starts the sweep (when <paramref name="request"/> is given) or attaches to it, and follows it to its end.</summary>
    private async Task<SweepResult> WatchAsync(Settings settings, string id, SweepRequest? request, CancellationToken cancellationToken)
    {
        var gateways = ClusterEndpoints.ParseList(settings.Cluster!, "--cluster");
        await using var client = await SweepClient.ConnectAsync(gateways, settings.ClusterId, cancellationToken);
        if (request is not null)
        {
            var started = await client.StartAsync(id, request);
            if (started.State != SweepState.Running) throw Failure(started, started.Error ?? $"sweep {id} did not start");
            output.Stderr.WriteLine($"sweep {id}: {request.Runs:N0} runs of {request.Model} in {started.Batches} batches (coordinator on silo {started.Coordinator})");
            output.Stderr.WriteLine($"  re-attach: plenum sweep --attach {id} --cluster {settings.Cluster}   cancel: plenum sweep --cancel {id} --cluster {settings.Cluster}");
        }
        var lastTenth = -1;
        var lastRedispatched = 0;
        var lastTakeovers = 0;
        void Report(SweepStatus s)
        {
            if (s.State != SweepState.Running && s.State != SweepState.Completed) return;
            if (s.Takeovers > lastTakeovers)
            {
                lastTakeovers = s.Takeovers;
                output.Stderr.WriteLine($"sweep {s.Id}: its coordinator's silo was lost; coordinator now on silo {s.Coordinator}, {s.RecoveredBatches} computed batches recovered from the other silos");
            }
            var tenth = s.Runs == 0 ? 0 : (int)(10L * s.RunsDone / s.Runs);
            if (tenth == lastTenth && s.Redispatched == lastRedispatched) return;
            lastTenth = tenth;
            lastRedispatched = s.Redispatched;
            var bySilo = string.Join(", ", s.DoneBySilo.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}: {kv.Value}"));
            output.Stderr.WriteLine($"sweep {s.Id}: {(s.Runs == 0 ? 0 : 100L * s.RunsDone / s.Runs)}% ({s.BatchesDone}/{s.Batches} batches folded, {s.Redispatched} re-dispatched; done by silo {bySilo}) {s.Elapsed.TotalSeconds:0.0} s");
        }
        try
        {
            var result = await client.WatchAsync(id, Report, TimeSpan.FromMilliseconds(200), cancellationToken);
            var st = result.Status;
            if (st.BatchesDone > 0)
                output.Stderr.WriteLine($"sweep {id}: done in {st.Elapsed.TotalSeconds:0.0} s; coordination {st.OverheadMs / Math.Max(1, st.BatchesDone - st.RecoveredBatches):0.0} ms per batch, compute {st.ComputeMs / st.BatchesDone:0} ms per batch; {st.DuplicatesIgnored} duplicate completions ignored");
            return result;
        }
        catch (SweepFailedException e)
        {
            throw Failure(e.Status, e.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new SweepDetachedException($"detached from sweep {id}; it keeps running on the cluster: plenum sweep --attach {id} --cluster {settings.Cluster}");
        }
    }

    private async Task<int> CancelAsync(Settings settings, string id, CancellationToken cancellationToken)
    {
        await using var client = await SweepClient.ConnectAsync(ClusterEndpoints.ParseList(settings.Cluster!, "--cluster"), settings.ClusterId, cancellationToken);
        var status = await client.CancelAsync(id);
        switch (status.State)
        {
            case SweepState.Unknown: throw new UsageException($"no sweep {id} on the cluster");
            case SweepState.Cancelled: output.Stderr.WriteLine($"sweep {id} cancelled after {status.BatchesDone} of {status.Batches} batches"); break;
            default: output.Stderr.WriteLine($"sweep {id} had already ended: {status.State.ToString().ToLowerInvariant()}"); break;
        }
        return ExitCodes.Success;
    }

    private static Exception Failure(SweepStatus status, string message) => status.Failure == SweepFailure.BadInput
        ? new ModelInputException(message)
        : new SweepFailedException(status, message);
}

/// <summary>The user stopped watching a sweep (Ctrl+C); the sweep goes on.</summary>
public sealed class SweepDetachedException(string message) : Exception(message);
