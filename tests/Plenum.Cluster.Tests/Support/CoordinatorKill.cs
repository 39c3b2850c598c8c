using Plenum.Cluster.Contracts;
using Plenum.Cluster.Hosting;

namespace Plenum.Cluster.Tests.Support;

/// <summary>
/// The coordinator-loss scenario on a cluster of silo processes: a sweep is watched by <c>plenum sweep --attach</c>,
/// and once some batches are done on the other silos and others are running, the silo holding the sweep's
/// coordinator is killed with SIGKILL.
/// </summary>
internal static class CoordinatorKill
{
    public const int Runs = 12_288;
    public const int Batches = Runs / 512;

    /// <summary>What the scenario saw; <see cref="Final"/> is the status after the sweep completed.</summary>
    public sealed record Outcome(SiloProcess Victim, int DoneElsewhereAtKill, CliRun Attached, SweepStatus Final, CliRun InProcess);

    /// <summary>
    /// Starts sweeps until one's coordinator is on a silo <paramref name="mayKill"/> accepts (Orleans places the
    /// coordinator; others are cancelled), then kills that silo mid-sweep and follows the sweep to its end.
    /// </summary>
    public static async Task<Outcome> RunAsync(SiloCluster cluster, long seed, Func<SiloProcess, bool> mayKill)
    {
        await using var client = await SweepClient.ConnectAsync(
            cluster.Silos.Select(s => System.Net.IPEndPoint.Parse(s.Gateway)).ToList(), cluster.ClusterId, CancellationToken.None);
        string? id = null;
        SiloProcess? victim = null;
        for (var attempt = 0; attempt < 12 && victim is null; attempt++)
        {
            id = $"coord-{Guid.NewGuid():N}"[..16];
            var started = await client.StartAsync(id, Requests.Bdm(Runs, seed));
            victim = cluster.Silos.FirstOrDefault(s => s.Name == started.Coordinator && mayKill(s));
            if (victim is null) await client.CancelAsync(id);
        }
        if (victim is null || id is null) throw new InvalidOperationException("Orleans never placed a coordinator on a silo the test may kill");

        var watcher = CliRun.Of(cluster.SweepArgs("sweep", "--attach", id, "--format", "json", "--no-save"));
        var during = await Requests.WaitFor(client, id, s => DoneElsewhere(s, victim) >= 2 && s.RunningBySilo.Count > 0);
        victim.KillHard();

        var attached = await watcher;
        var final = await Requests.WaitFor(client, id, s => s.State != SweepState.Running, pollMs: 500, limitSeconds: 180);
        var inProcess = await CliRun.Of(Requests.BdmArgs(Runs, seed));
        return new Outcome(victim, DoneElsewhere(during, victim), attached, final, inProcess);
    }

    private static int DoneElsewhere(SweepStatus s, SiloProcess victim) => s.DoneBySilo.Where(kv => kv.Key != victim.Name).Sum(kv => kv.Value);

    /// <summary>The checks every coordinator-loss test makes.</summary>
    public static void AssertTakenOverWithTheSameResult(Outcome o)
    {
        Assert.True(o.Attached.ExitCode == 0, o.Attached.ToString());
        Assert.Equal(o.InProcess.Stdout, o.Attached.Stdout);
        Assert.Contains("its coordinator's silo was lost; coordinator now on silo", o.Attached.Stderr);
        Assert.Equal(SweepState.Completed, o.Final.State);
        Assert.NotEqual(o.Victim.Name, o.Final.Coordinator);
        Assert.Equal(1, o.Final.Takeovers);
        Assert.Equal(Batches, o.Final.Batches);
        Assert.Equal(Batches, o.Final.BatchesDone);
        Assert.Equal(Batches, o.Final.DoneBySilo.Values.Sum());
        // Every batch the surviving silos had finished before the kill was taken over, not computed again.
        Assert.True(o.Final.RecoveredBatches >= o.DoneElsewhereAtKill, $"recovered {o.Final.RecoveredBatches}, done elsewhere at the kill {o.DoneElsewhereAtKill}");
    }
}
