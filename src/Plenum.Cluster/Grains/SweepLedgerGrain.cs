using Orleans.Runtime;
using Plenum.Cluster.Contracts;
using Plenum.Cluster.Hosting;

namespace Plenum.Cluster.Grains;

/// <summary>Gives other silos access to this silo's <see cref="SweepLedger"/>.</summary>
internal sealed class SweepLedgerGrain(ILocalSiloDetails local, SweepLedger ledger) : Grain, ISweepLedgerGrain
{
    private string LocalName => SiloNames.Of(local.SiloAddress);

    public Task<string> HoldAsync(string sweepId, SweepRequest request, DateTimeOffset started, int takeovers)
    {
        ledger.Hold(sweepId, request, started, takeovers);
        return Task.FromResult(LocalName);
    }

    public Task<SweepHolding?> GetAsync(string sweepId) => Task.FromResult(ledger.Get(sweepId, LocalName));

    public Task FinishAsync(string sweepId, SweepState state, SweepFailure failure, string? error)
    {
        ledger.Finish(sweepId, state, failure, error);
        return Task.CompletedTask;
    }
}
