using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Runtime;
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
/// own scheduler (no locks needed). The sweep outlives this activation: every silo holds the request and the
/// batches it computed in its <see cref="Hosting.SweepLedger"/>. If this coordinator's silo dies, the next call
/// (from a client, or from a silo's <see cref="Hosting.SweepKeeper"/>) activates a new coordinator on a surviving
/// silo, which takes the sweep over: it collects the computed batches from the survivors, asks the silos still
/// computing a batch for that batch again (they answer when the running computation ends, not twice), sends
/// out the rest, and folds everything in batch order as before, so the result is the same bit for bit.
/// </remarks>
[Reentrant]
internal sealed class SweepCoordinatorGrain(IClusterMembershipService membership, ILocalSiloDetails local, ILogger<SweepCoordinatorGrain> log)
    : Grain, ISweepCoordinatorGrain
{
    /// <summary>Attempts at one batch before the sweep fails.</summary>
    private const int MaxAttempts = 5;

    /// <summary>Batches sent to a silo beyond its workers, to start as soon as one of them is free.</summary>
    private const int QueuedPerSilo = 1;

    /// <summary>How long the sweep waits for a usable silo before it fails.</summary>
    private static readonly TimeSpan NoSiloLimit = TimeSpan.FromSeconds(60);

    /// <summary>How long a finished sweep's result stays available for clients that attach late.</summary>
    private static readonly TimeSpan KeepResult = Hosting.SweepLedger.Keep;

    /// <summary>How long a call to another silo's per-silo grain may take before that silo is passed over.</summary>
    private static readonly TimeSpan SiloCallLimit = TimeSpan.FromSeconds(20);

    /// <summary>Tells this activation's batch grains from those of a coordinator it took the sweep over from.</summary>
    private readonly string _incarnation = Guid.NewGuid().ToString("N")[..8];

    private SweepRequest? _request;
    private Task? _loading;
    private DateTimeOffset _started;
    private TimeSpan _elapsedBefore;
    private int _recovered, _takeovers;
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

    private string Id => this.GetPrimaryKeyString();

    public async Task<SweepStatus> StartAsync(SweepRequest request)
    {
        await LoadAsync();
        if (_request is not null) return Status();
        _request = request;
        _started = DateTimeOffset.UtcNow;
        _clock.Start();
        if (request.ProtocolVersion != SweepProtocol.Version)
            return Fail(SweepFailure.VersionMismatch, BatchGrain.VersionMessage(LocalName, request.ProtocolVersion));
        try
        {
            SweepInputs.Load(request);
        }
        catch (SweepInputException e)
        {
            return Fail(SweepFailure.BadInput, $"silo {LocalName}: {e.Message}");
        }
        if (request.Runs < 1 || request.Runs > Core.Scenarios.ScenarioLimits.MaxRuns)
            return Fail(SweepFailure.BadInput, $"runs must be from 1 to {Core.Scenarios.ScenarioLimits.MaxRuns:N0}");
        if (request.BatchSize < MonteCarloRunner.BlockSize || request.BatchSize % MonteCarloRunner.BlockSize != 0)
            return Fail(SweepFailure.BadInput, $"batch size must be a multiple of {MonteCarloRunner.BlockSize}");
        _batches = BatchesOf(request);
        _state = SweepState.Running;
        DelayDeactivation(TimeSpan.FromDays(1));
        // Announces the sweep to every silo's ledger before answering: from here on the sweep survives this silo.
        await RefreshSilosAsync();
        if (_state == SweepState.Running) _ = RunAsync();
        return Status();
    }

    public async Task<SweepStatus> GetStatusAsync()
    {
        await LoadAsync();
        return Status();
    }

    public async Task<SweepStatus> CancelAsync()
    {
        await LoadAsync();
        if (_state == SweepState.Running)
        {
            _state = SweepState.Cancelled;
            _error = "cancelled";
            _clock.Stop();
            AnnounceEnd();
            DelayDeactivation(KeepResult);
        }
        return Status();
    }

    public async Task<SweepResult?> GetResultAsync()
    {
        await LoadAsync();
        return _state == SweepState.Completed ? new SweepResult(_request!, _total.ToBytes(), Status()) : null;
    }

    private static Batch[] BatchesOf(SweepRequest request) =>
        BatchPlan.Of(request.Runs, request.BatchSize).Select((range, i) => new Batch(i, range.First, range.End)).ToArray();

    /// <summary>Takes the sweep over from the silos' ledgers when this activation does not know it (once at a time).</summary>
    private Task LoadAsync()
    {
        if (_request is not null) return Task.CompletedTask;
        if (_loading is null || _loading.IsCompleted) _loading = TakeOverAsync();
        return _loading;
    }

    /// <summary>
    /// Rebuilds a sweep whose coordinator was lost from what the active silos hold: the batches they computed are
    /// done (the same bytes wherever they were computed, taken once each), the batches they are computing go back
    /// to them first, the rest are pending. Nothing happens when no silo holds the sweep (an unknown id).
    /// </summary>
    private async Task TakeOverAsync()
    {
        var asked = await Task.WhenAll(ActiveSilos().Select(async silo =>
        {
            try
            {
                return (Silo: silo, Holding: await OnSilo.Call(silo, () => Ledger(silo).GetAsync(Id)).WaitAsync(SiloCallLimit));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log.LogWarning("sweep {Sweep}: silo {Silo} did not say what it holds: {Message}", Id, SiloNames.Of(silo), e.Message);
                return (Silo: silo, Holding: (SweepHolding?)null);
            }
        }));
        var holdings = asked.Where(a => a.Holding is not null).OrderBy(a => a.Holding!.Silo, StringComparer.Ordinal).ToList();
        if (holdings.Count == 0 || _request is not null) return;
        var request = holdings[0].Holding!.Request;
        _request = request;
        _started = holdings.Min(h => h.Holding!.Started);
        _elapsedBefore = DateTimeOffset.UtcNow - _started;
        _takeovers = holdings.Max(h => h.Holding!.Takeovers) + 1;
        _batches = BatchesOf(request);
        foreach (var (silo, holding) in holdings)
        {
            foreach (var held in holding!.Done.Where(h => h.Index < _batches.Length && !_batches[h.Index].Done))
            {
                var batch = _batches[held.Index];
                (batch.Done, batch.Pending) = (true, false);
                _doneBySilo[holding.Silo] = _doneBySilo.GetValueOrDefault(holding.Silo) + 1;
                _computeMs += held.ComputeMs;
                _waiting[held.Index] = MonteCarloPartial.FromBytes(held.Partial);
                _recovered++;
            }
            foreach (var index in holding.Running.Where(i => i < _batches.Length)) _batches[index].ComputingOn ??= silo;
        }
        Fold();
        log.LogWarning("sweep {Sweep} taken over by a new coordinator on silo {Silo}: {Recovered} of {Batches} batches found on {Holders} surviving silos",
            Id, LocalName, _recovered, _batches.Length, holdings.Count);
        if (holdings.Select(h => h.Holding!).FirstOrDefault(h => h.State is SweepState.Cancelled or SweepState.Failed) is { } ended)
        {
            (_state, _failure, _error) = (ended.State, ended.Failure, ended.Error);
            DelayDeactivation(KeepResult);
            return;
        }
        _state = SweepState.Running;
        _clock.Start();
        DelayDeactivation(TimeSpan.FromDays(1));
        _ = RunAsync();
    }

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
                    AnnounceEnd();
                }
            }
        }
        catch (Exception e)
        {
            log.LogError(e, "sweep {Sweep} failed", Id);
            Fail(SweepFailure.Failure, $"coordinator on silo {LocalName}: {e.Message}");
        }
        DelayDeactivation(KeepResult);
    }

    private List<SiloAddress> ActiveSilos() => membership.CurrentSnapshot.Members.Values
        .Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).ToList();

    private ISweepLedgerGrain Ledger(SiloAddress silo) => OnSilo.Grain<ISweepLedgerGrain>(GrainFactory, silo);

    /// <summary>
    /// The active silos that speak this protocol. New silos are asked for their worker count and given the sweep
    /// to hold in their ledger, so that it outlives this coordinator.
    /// </summary>
    private async Task<List<SiloAddress>> RefreshSilosAsync()
    {
        var active = ActiveSilos();
        foreach (var silo in active.Where(s => !_silos.ContainsKey(s)))
        {
            try
            {
                var info = await OnSilo.Call(silo, () => OnSilo.Grain<ISiloInfoGrain>(GrainFactory, silo).GetAsync()).WaitAsync(SiloCallLimit);
                if (info.ProtocolVersion != SweepProtocol.Version)
                {
                    Fail(SweepFailure.VersionMismatch, $"silo {info.Silo} speaks sweep protocol {info.ProtocolVersion} but the coordinator on silo {LocalName} speaks {SweepProtocol.Version}; run the same Plenum release on every silo");
                    return [];
                }
                var request = _request!;
                await OnSilo.Call(silo, () => Ledger(silo).HoldAsync(Id, request, _started, _takeovers)).WaitAsync(SiloCallLimit);
                _silos[silo] = info;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log.LogWarning("silo {Silo} did not answer: {Message}", SiloNames.Of(silo), e.Message);
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
            // A batch sent ahead waits for its silo's worker first: it gets one more timeout for that wait.
            if (!lost && call.Clock.Elapsed <= (call.Queued ? 2 * timeout : timeout)) continue;
            log.LogWarning("batch {Batch} of sweep {Sweep} on silo {Silo}: {Reason}; sending it again", call.Index, Id,
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

    /// <summary>
    /// Sends batches a silo was already computing for a lost coordinator back to that silo (it answers when the
    /// computation ends), then fills every silo's free workers with the lowest pending batches, then sends each silo
    /// one batch more than it has workers while batches are pending. That batch waits on the silo for the first
    /// free worker, which starts it at once instead of after a round trip to the coordinator.
    /// </summary>
    private int Dispatch(List<SiloAddress> active)
    {
        var sent = 0;
        var load = active.ToDictionary(s => s, s => _calls.Count(c => c.Silo.Equals(s)));
        foreach (var batch in _batches.Where(b => b.Pending && !b.Done && b.ComputingOn is not null))
        {
            var silo = batch.ComputingOn!;
            batch.ComputingOn = null;
            if (!load.ContainsKey(silo)) continue;
            Send(batch, silo);
            load[silo]++;
            sent++;
        }
        var pending = new Queue<Batch>(_batches.Where(b => b.Pending && !b.Done));
        foreach (var ahead in new[] { 0, QueuedPerSilo })
        {
            var progress = true;
            while (pending.Count > 0 && progress)
            {
                progress = false;
                foreach (var silo in active.OrderBy(s => load[s] - _silos[s].Workers))
                {
                    if (pending.Count == 0 || load[silo] >= _silos[silo].Workers + ahead) continue;
                    Send(pending.Dequeue(), silo, queued: load[silo] >= _silos[silo].Workers);
                    load[silo]++;
                    sent++;
                    progress = true;
                }
            }
        }
        return sent;
    }

    private void Send(Batch batch, SiloAddress silo, bool queued = false)
    {
        var request = _request!;
        var grain = GrainFactory.GetGrain<IBatchGrain>($"{Id}/{batch.Index}/{batch.Attempt}/{_incarnation}");
        var task = OnSilo.Call(silo, () => grain.RunAsync(new BatchWork(SweepProtocol.Version, Id, batch.Index, batch.First, batch.End, request)));
        batch.Pending = false;
        _calls.Add(new Call(batch.Index, batch.Attempt, silo, task, queued));
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
            _overheadMs += Math.Max(0, call.Clock.Elapsed.TotalMilliseconds - outcome.ComputeMs - outcome.WaitMs);
            _waiting[call.Index] = MonteCarloPartial.FromBytes(outcome.Partial);
            Fold();
        }
    }

    /// <summary>Folds the waiting partials that continue the folded prefix, strictly in batch order.</summary>
    private void Fold()
    {
        while (_waiting.Remove(_folded, out var next))
        {
            _total.Add(next);
            _folded++;
        }
    }

    /// <summary>
    /// Tells every silo's ledger how the sweep ended: a cancelled or failed sweep's batches stop there, and a
    /// coordinator that takes over later reports the same end.
    /// </summary>
    private void AnnounceEnd()
    {
        var (id, state, failure, error) = (Id, _state, _failure, _error);
        foreach (var silo in ActiveSilos())
            _ = OnSilo.Call(silo, () => Ledger(silo).FinishAsync(id, state, failure, error)).ContinueWith(t => _ = t.Exception, TaskScheduler.Current);
    }

    private SweepStatus Fail(SweepFailure failure, string message)
    {
        if (_state is SweepState.Completed or SweepState.Cancelled or SweepState.Failed) return Status();
        _state = SweepState.Failed;
        _failure = failure;
        _error = message;
        _clock.Stop();
        AnnounceEnd();
        DelayDeactivation(KeepResult);
        return Status();
    }

    private SweepStatus Status()
    {
        var running = _calls.GroupBy(c => SiloNames.Of(c.Silo)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new SweepStatus(Id, _state, _request?.Runs ?? 0, _total.RunsFolded, _batches.Length, _folded,
            LocalName, _silos.Values.Select(s => s.Silo).Order(StringComparer.Ordinal).ToArray(),
            new Dictionary<string, int>(_doneBySilo, StringComparer.Ordinal), running,
            _redispatched, _duplicates, _overheadMs, _computeMs, _elapsedBefore + _clock.Elapsed, _failure, _error, _recovered, _takeovers);
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

        /// <summary>A silo that was computing this batch for a lost coordinator.</summary>
        public SiloAddress? ComputingOn { get; set; }
    }

    private sealed class Call(int index, int attempt, SiloAddress silo, Task<BatchOutcome> task, bool queued)
    {
        /// <summary>Sent beyond the silo's workers, to wait there for the first free one.</summary>
        public bool Queued { get; } = queued;

        public int Index { get; } = index;
        public int Attempt { get; } = attempt;
        public SiloAddress Silo { get; } = silo;
        public Task<BatchOutcome> Task { get; } = task;
        public Stopwatch Clock { get; } = Stopwatch.StartNew();
        public bool Superseded { get; set; }
    }
}
