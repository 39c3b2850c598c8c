using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plenum.Cluster.Contracts;
using Plenum.Cluster.Grains;

namespace Plenum.Cluster.Hosting;

/// <summary>
/// Keeps the coordinators of the sweeps this silo takes part in alive: every few seconds it asks each unfinished
/// sweep's coordinator for its status. When the coordinator's silo has died, that call activates a new
/// coordinator on a surviving silo, which takes the sweep over from the silos' ledgers, even when no client is
/// watching. It also learns final states it missed and drops sweeps that have been over for a while.
/// </summary>
internal sealed class SweepKeeper(SweepLedger ledger, IGrainFactory grains, ILogger<SweepKeeper> log) : BackgroundService
{
    /// <summary>How often each unfinished sweep's coordinator is asked.</summary>
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Period, stoppingToken);
                ledger.Expire();
                await Task.WhenAll(ledger.Unfinished().Select(id => PingAsync(id, stoppingToken)));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task PingAsync(string sweepId, CancellationToken cancellationToken)
    {
        try
        {
            var status = await grains.GetGrain<ISweepCoordinatorGrain>(sweepId).GetStatusAsync().WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
            if (status.State == SweepState.Unknown) return;
            ledger.Touch(sweepId);
            ledger.Finish(sweepId, status.State, status.Failure, status.Error);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The coordinator's silo is going or gone; the next ping reaches its successor.
            log.LogDebug("sweep {Sweep}: coordinator did not answer: {Message}", sweepId, e.Message);
        }
    }
}
