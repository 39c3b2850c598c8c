using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Runtime;
using Orleans.Runtime.Placement;
using Plenum.Cluster.Contracts;
using Plenum.Core.Uncertainty;

namespace Plenum.Cluster.Grains;

/// <summary>
/// Coordinates one sweep. Batches are tracked by index: each is pending, running (one or more attempts) or
/// done. A batch whose silo leaves the cluster, whose call fails, or which runs past the batch timeout goes
/// back to pending and is sent again as a new attempt; the first completion of a batch is folded, later ones
/// are counted and ignored. Results are folded strictly in batch order, so the answer never depends on which
/// silo finished first.
/// </summary>
/// <remarks>
/// Reentrant: status, cancel and result calls interleave with the dispatch loop, which runs on the grain's
/// own scheduler (no locks needed). The sweep lives in this activation's memory: if the coordinator's own
/// silo dies the sweep is lost and clients are told so.
/// </remarks>
[Reentrant]
internal sealed class SweepCoordinatorGrain(IClusterMembershipService membership, ILocalSiloDetails local, ILogger<SweepCoordinatorGrain> log)
    : Grain, ISweepCoordinatorGrain
{
    /// <summary>Attempts at one batch before the sweep fails.</summary>
    private const int MaxAttempts = 5;

    /// <summary>How long the sweep waits for a usable silo before it fails.</summary>
    private static readonly TimeSpan NoSiloLimit = TimeSpan.FromSeconds(60);

    /// <summary>How long a finished sweep's result stays available for clients that attach late.</summary>
    private static readonly TimeSpan KeepResult = TimeSpan.FromMinutes(30);

    private SweepRequest? _request;
    private SweepState _state = SweepState.Unknown;
    private SweepFailure _failure;
    private string? _error;
    private Batch[] _batches = [];
    private readonly List<Call> _calls = [];
    private readonly Dictionary<SiloAddress, SiloInfo> _silos = [];
    private readonly Dictionary<string, int> _doneBySilo = new(StringComparer.Ordinal);
    private readonly Dictionary<int, MonteCarloPartial> _waiting = [];
    private readonly MonteCarloAccumulator _total = new();
    private readonly Stopwatch _clock = new();
    private int _folded, _redispatched, _duplicates;
    private double _overheadMs, _computeMs;

    private string LocalName => SiloNames.Of(local.SiloAddress);

    public Task<SweepStatus> StartAsync(SweepRequest request)
    {
        if (_request is not null) return Task.FromResult(Status());
        _request = request;
        _clock.Start();
        if (request.ProtocolVersion != SweepProtocol.Version)
            return Task.FromResult(Fail(SweepFailure.VersionMismatch, BatchGrain.VersionMessage(LocalName, request.ProtocolVersion)));
        try
        {
            SweepInputs.Load(request);
        }
        catch (SweepInputException e)
        {
            return Task.FromResult(Fail(SweepFailure.BadInput, $"silo {LocalName}: {e.Message}"));
        }
        if (request.Runs < 1 || request.Runs > Core.Scenarios.ScenarioLimits.MaxRuns)
            return Task.FromResult(Fail(SweepFailure.BadInput, $"runs must be from 1 to {Core.Scenarios.ScenarioLimits.MaxRuns:N0}"));
        if (request.BatchSize < MonteCarloRunner.BlockSize || request.BatchSize % MonteCarloRunner.BlockSize != 0)
            return Task.FromResult(Fail(SweepFailure.BadInput, $"batch size must be a multiple of {MonteCarloRunner.BlockSize}"));
        var count = (request.Runs + request.BatchSize - 1) / request.BatchSize;
        _batches = Enumerable.Range(0, count)
            .Select(i => new Batch(i, i * request.BatchSize, Math.Min(request.Runs, (i + 1) * request.BatchSize)))
            .ToArray();
        _state = SweepState.Running;
        DelayDeactivation(TimeSpan.FromDays(1));
        _ = RunAsync();
        return Task.FromResult(Status());
    }

    public Task<SweepStatus> GetStatusAsync() => Task.FromResult(Status());

    public Task<SweepStatus> CancelAsync()
    {
        if (_state == SweepState.Running)
        {
            _state = SweepState.Cancelled;
            _error = "cancelled";
            StopCalls();
        }
        return Task.FromResult(Status());
    }

    public Task<SweepResult?> GetResultAsync() =>
        Task.FromResult(_state == SweepState.Completed ? new SweepResult(_request!, _total.ToBytes(), Status()) : null);

    private async Task RunAsync()
    {
        var noSiloSince = Stopwatch.StartNew();
        try
        {
            while (_state == SweepState.Running)
            {
                var active = await RefreshSilosAsync();
                if (_state != SweepState.Running) break;
                RequeueLost(active);
                if (Dispatch(active) > 0 || _calls.Count > 0) noSiloSince.Restart();
                else if (noSiloSince.Elapsed > NoSiloLimit)
                {
                    Fail(SweepFailure.Failure, $"no silo took a batch for {NoSiloLimit.TotalSeconds:0} s (coordinator on silo {LocalName})");
                    break;
                }
                var wake = Task.Delay(TimeSpan.FromMilliseconds(250));
                await Task.WhenAny(_calls.Select(c => (Task)c.Task).Append(wake));
                Collect();
                if (_state == SweepState.Running && _folded == _batches.Length)
                {
                    _state = SweepState.Completed;
                    _clock.Stop();
                }
            }
        }
        catch (Exception e)
        {
            log.LogError(e, "sweep {Sweep} failed", this.GetPrimaryKeyString());
            Fail(SweepFailure.Failure, $"coordinator on silo {LocalName}: {e.Message}");
        }
        DelayDeactivation(KeepResult);
    }

    /// <summary>The active silos that speak this protocol; asks new silos for their worker count.</summary>
    private async Task<List<SiloAddress>> RefreshSilosAsync()
    {
        var active = membership.CurrentSnapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).ToList();
        foreach (var silo in active.Where(s => !_silos.ContainsKey(s)))
        {
            try
            {
                RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
                var call = GrainFactory.GetGrain<ISiloInfoGrain>(silo.ToParsableString()).GetAsync();
                RequestContext.Remove(IPlacementDirector.PlacementHintKey);
                var info = await call.WaitAsync(TimeSpan.FromSeconds(10));
                if (info.ProtocolVersion != SweepProtocol.Version)
                {
                    Fail(SweepFailure.VersionMismatch, $"silo {info.Silo} speaks sweep protocol {info.ProtocolVersion} but the coordinator on silo {LocalName} speaks {SweepProtocol.Version}; run the same Plenum release on every silo");
                    return [];
                }
                _silos[silo] = info;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log.LogWarning("silo {Silo} did not answer: {Message}", SiloNames.Of(silo), e.Message);
            }
            finally
            {
                RequestContext.Remove(IPlacementDirector.PlacementHintKey);
            }
        }
        return active.Where(_silos.ContainsKey).ToList();
    }

    /// <summary>Sends running batches back to pending when their silo left or their time ran out.</summary>
    private void RequeueLost(List<SiloAddress> active)
    {
        var timeout = _request!.BatchTimeout;
        foreach (var call in _calls.Where(c => !c.Superseded))
        {
            var batch = _batches[call.Index];
            if (batch.Done || batch.Attempt != call.Attempt) continue;
            var lost = !active.Contains(call.Silo);
            if (!lost && call.Clock.Elapsed <= timeout) continue;
            log.LogWarning("batch {Batch} of sweep {Sweep} on silo {Silo}: {Reason}; sending it again", call.Index, this.GetPrimaryKeyString(),
                SiloNames.Of(call.Silo), lost ? "silo left the cluster" : "timed out");
            call.Superseded = true;
            Requeue(batch);
        }
    }

    private void Requeue(Batch batch)
    {
        batch.Pending = true;
        batch.Attempt++;
        _redispatched++;
        if (batch.Attempt >= MaxAttempts)
            Fail(SweepFailure.Failure, $"batch {batch.Index} failed {MaxAttempts} times; last: {batch.LastError ?? "its silo left the cluster"}");
    }

    /// <summary>Fills every silo's free workers with the lowest pending batches.</summary>
    private int Dispatch(List<SiloAddress> active)
    {
        var sent = 0;
        var load = active.ToDictionary(s => s, s => _calls.Count(c => c.Silo.Equals(s)));
        var pending = new Queue<Batch>(_batches.Where(b => b.Pending && !b.Done));
        var progress = true;
        while (pending.Count > 0 && progress)
        {
            progress = false;
            foreach (var silo in active.OrderBy(s => load[s] - _silos[s].Workers))
            {
                if (pending.Count == 0 || load[silo] >= _silos[silo].Workers) continue;
                Send(pending.Dequeue(), silo);
                load[silo]++;
                sent++;
                progress = true;
            }
        }
        return sent;
    }

    private void Send(Batch batch, SiloAddress silo)
    {
        var request = _request!;
        var sweepId = this.GetPrimaryKeyString();
        var grain = GrainFactory.GetGrain<IBatchGrain>($"{sweepId}/{batch.Index}/{batch.Attempt}");
        Task<BatchOutcome> task;
        try
        {
            RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
            task = grain.RunAsync(new BatchWork(SweepProtocol.Version, sweepId, batch.Index, batch.First, batch.End, request));
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
        batch.Pending = false;
        _calls.Add(new Call(batch.Index, batch.Attempt, silo, grain, task));
    }

    /// <summary>Takes in finished calls: folds first completions in order, requeues failures, ignores duplicates.</summary>
    private void Collect()
    {
        foreach (var call in _calls.Where(c => c.Task.IsCompleted).ToList())
        {
            _calls.Remove(call);
            if (_state != SweepState.Running) continue;
            var batch = _batches[call.Index];
            if (!call.Task.IsCompletedSuccessfully)
            {
                var reason = call.Task.Exception?.GetBaseException().Message ?? "cancelled";
                batch.LastError = $"silo {SiloNames.Of(call.Silo)}: {reason}";
                if (!batch.Done && !call.Superseded && batch.Attempt == call.Attempt) Requeue(batch);
                continue;
            }
            var outcome = call.Task.Result;
            if (outcome.Partial is null)
            {
                batch.LastError = outcome.Error;
                if (outcome.Failure is SweepFailure.BadInput or SweepFailure.VersionMismatch) Fail(outcome.Failure, outcome.Error ?? "refused");
                else if (!batch.Done && !call.Superseded && batch.Attempt == call.Attempt) Requeue(batch);
                continue;
            }
            if (batch.Done)
            {
                _duplicates++;
                continue;
            }
            batch.Done = true;
            batch.Pending = false;
            _doneBySilo[outcome.Silo] = _doneBySilo.GetValueOrDefault(outcome.Silo) + 1;
            _computeMs += outcome.ComputeMs;
            _overheadMs += Math.Max(0, call.Clock.Elapsed.TotalMilliseconds - outcome.ComputeMs);
            _waiting[call.Index] = MonteCarloPartial.FromBytes(outcome.Partial);
            while (_waiting.Remove(_folded, out var next))
            {
                _total.Add(next);
                _folded++;
            }
        }
    }

    private void StopCalls()
    {
        foreach (var call in _calls) _ = call.Grain.CancelAsync().ContinueWith(t => _ = t.Exception, TaskScheduler.Current);
    }

    private SweepStatus Fail(SweepFailure failure, string message)
    {
        if (_state is SweepState.Completed or SweepState.Cancelled or SweepState.Failed) return Status();
        _state = SweepState.Failed;
        _failure = failure;
        _error = message;
        _clock.Stop();
        StopCalls();
        DelayDeactivation(KeepResult);
        return Status();
    }

    private SweepStatus Status()
    {
        var running = _calls.GroupBy(c => SiloNames.Of(c.Silo)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new SweepStatus(this.GetPrimaryKeyString(), _state, _request?.Runs ?? 0, _total.RunsFolded, _batches.Length, _folded,
            LocalName, _silos.Values.Select(s => s.Silo).Order(StringComparer.Ordinal).ToArray(),
            new Dictionary<string, int>(_doneBySilo, StringComparer.Ordinal), running,
            _redispatched, _duplicates, _overheadMs, _computeMs, _clock.Elapsed, _failure, _error);
    }

    private sealed class Batch(int index, int first, int end)
    {
        public int Index { get; } = index;
        public int First { get; } = first;
        public int End { get; } = end;
        public bool Pending { get; set; } = true;
        public bool Done { get; set; }
        public int Attempt { get; set; }
        public string? LastError { get; set; }
    }

    private sealed class Call(int index, int attempt, SiloAddress silo, IBatchGrain grain, Task<BatchOutcome> task)
    {
        public int Index { get; } = index;
        public int Attempt { get; } = attempt;
        public SiloAddress Silo { get; } = silo;
        public IBatchGrain Grain { get; } = grain;
        public Task<BatchOutcome> Task { get; } = task;
        public Stopwatch Clock { get; } = Stopwatch.StartNew();
        public bool Superseded { get; set; }
    }
}
