using System.Diagnostics;
using Orleans.Placement;
using Orleans.Runtime;
using Plenum.Cluster.Contracts;
using Plenum.Cluster.Hosting;
using Plenum.Core.Models;
using Plenum.Core.Uncertainty;

namespace Plenum.Cluster.Grains;

/// <summary>
/// One attempt at one batch. The silo's <see cref="SweepLedger"/> computes the batch once (waiting for a worker,
/// on one thread) and keeps its partial fold, so a coordinator that takes over the sweep finds it; the grain then
/// deactivates. A retry is a new grain (a new attempt key), so a late duplicate can never overwrite anything.
/// </summary>
[RandomPlacement]
internal sealed class BatchGrain(ILocalSiloDetails local, BatchSlots slots, SweepInputsCache inputs, SweepLedger ledger) : Grain, IBatchGrain
{
    public async Task<BatchOutcome> RunAsync(BatchWork work)
    {
        var silo = SiloNames.Of(local.SiloAddress);
        try
        {
            if (work.ProtocolVersion != SweepProtocol.Version)
                return Refused(silo, SweepFailure.VersionMismatch, VersionMessage(silo, work.ProtocolVersion));
            var held = await ledger.RunOnceAsync(work, cancel => ComputeAsync(work, cancel));
            return new BatchOutcome(silo, held.Partial, SweepFailure.None, null, held.ComputeMs, held.WaitMs);
        }
        catch (Exception e) when (e is SweepInputException or ModelInputException or ModelOptionException)
        {
            return Refused(silo, SweepFailure.BadInput, $"silo {silo}: {e.Message}");
        }
        catch (OperationCanceledException)
        {
            return Refused(silo, SweepFailure.Failure, $"silo {silo}: batch {work.Index} cancelled");
        }
        finally
        {
            DeactivateOnIdle();
        }
    }

    /// <summary>Computes the batch on one worker; runs on the thread pool, off the grain's turn.</summary>
    private async Task<HeldBatch> ComputeAsync(BatchWork work, CancellationToken cancel)
    {
        var waiting = Stopwatch.StartNew();
        await slots.WaitAsync(cancel);
        var waitMs = waiting.Elapsed.TotalMilliseconds;
        try
        {
            var sweep = inputs.Get(work.SweepId, work.Request);
            var clock = Stopwatch.StartNew();
            var partial = MonteCarloRunner.RunBatch(sweep.Model, sweep.Scenario, sweep.Options,
                work.FirstRun, work.EndRun, maxDegreeOfParallelism: 1, cancellationToken: cancel);
            return new HeldBatch(work.Index, partial.ToBytes(), clock.Elapsed.TotalMilliseconds, waitMs);
        }
        finally
        {
            slots.Release();
        }
    }

    internal static string VersionMessage(string silo, int clientVersion) =>
        $"silo {silo} speaks sweep protocol {SweepProtocol.Version} but the client sent protocol {clientVersion}; run the same Plenum release on the client and every silo";

    private static BatchOutcome Refused(string silo, SweepFailure failure, string message) => new(silo, null, failure, message, 0);
}
