using System.Diagnostics;
using Orleans.Placement;
using Orleans.Runtime;
using Plenum.Cluster.Contracts;
using Plenum.Cluster.Hosting;
using Plenum.Core.Models;
using Plenum.Core.Uncertainty;

namespace Plenum.Cluster.Grains;

/// <summary>
/// One attempt at one batch. Waits for a worker of its silo, computes the batch on one thread and deactivates;
/// a retry is a new grain (a new attempt key), so a late duplicate can never overwrite anything.
/// </summary>
[RandomPlacement]
internal sealed class BatchGrain(ILocalSiloDetails local, BatchSlots slots, SweepInputsCache inputs) : Grain, IBatchGrain
{
    private readonly CancellationTokenSource _cancel = new();

    public async Task<BatchOutcome> RunAsync(BatchWork work)
    {
        var silo = SiloNames.Of(local.SiloAddress);
        try
        {
            if (work.ProtocolVersion != SweepProtocol.Version)
                return Refused(silo, SweepFailure.VersionMismatch, VersionMessage(silo, work.ProtocolVersion));
            await slots.WaitAsync(_cancel.Token);
            try
            {
                // Parsing and computing run off the grain's turn, so the silo stays responsive.
                var (bytes, ms) = await Task.Run(() =>
                {
                    var sweep = inputs.Get(work.SweepId, work.Request);
                    var clock = Stopwatch.StartNew();
                    var partial = MonteCarloRunner.RunBatch(sweep.Model, sweep.Scenario, sweep.Options,
                        work.FirstRun, work.EndRun, maxDegreeOfParallelism: 1, cancellationToken: _cancel.Token);
                    return (partial.ToBytes(), clock.Elapsed.TotalMilliseconds);
                });
                return new BatchOutcome(silo, bytes, SweepFailure.None, null, ms);
            }
            finally
            {
                slots.Release();
            }
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

    public Task CancelAsync()
    {
        _cancel.Cancel();
        return Task.CompletedTask;
    }

    internal static string VersionMessage(string silo, int clientVersion) =>
        $"silo {silo} speaks sweep protocol {SweepProtocol.Version} but the client sent protocol {clientVersion}; run the same Plenum release on the client and every silo";

    private static BatchOutcome Refused(string silo, SweepFailure failure, string message) => new(silo, null, failure, message, 0);
}
