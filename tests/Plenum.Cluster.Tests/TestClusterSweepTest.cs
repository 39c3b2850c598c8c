using Orleans.Hosting;
using Orleans.TestingHost;
using Plenum.Reports.Formats;
using Plenum.Cluster.Contracts;
using Plenum.Cluster.Hosting;
using Plenum.Cluster.Tests.Support;
using Plenum.Core.Imports;
using Plenum.Core.Models;
using Plenum.Core.Uncertainty;

namespace Plenum.Cluster.Tests;

/// <summary>Three in-process silos (Microsoft.Orleans.TestingHost), one batch worker each.</summary>
public sealed class TestClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<SweepSilos>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SweepSilos : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            PlenumSilo.UseRecoveringDirectory(silo);
            PlenumSilo.AddSweepServices(silo.Services, workers: 1);
        }
    }
}

public class TestClusterSweepTest(TestClusterFixture fixture) : IClassFixture<TestClusterFixture>
{
    private SweepClient Client => SweepClient.For(fixture.Cluster.Client);

    [Fact]
    public async Task Sweep_ThreeSilos_SameJsonAsInProcess()
    {
        var request = Requests.Bdm(runs: 3000, seed: 9);
        var id = $"same-{Guid.NewGuid():N}";
        var started = await Client.StartAsync(id, request);
        var result = await Client.WatchAsync(id, _ => { }, TimeSpan.FromMilliseconds(50), CancellationToken.None);

        var scenario = ScenarioFiles.Open(CliRun.Fixture(Requests.Scenario)).Scenario!;
        var options = new ModelOptions(seed: 9);
        var inProcess = MonteCarloRunner.Run(ModelCatalog.Find("bdm")!, scenario, options, 3000);
        var onCluster = MonteCarloAccumulator.FromBytes(result.Accumulator).ToResult(scenario, "bdm", options);

        Assert.Equal(SweepState.Running, started.State);
        Assert.Equal(ForecastJson.Write([inProcess], indented: true), ForecastJson.Write([onCluster], indented: true));
        Assert.Equal(6, result.Status.BatchesDone);
        Assert.Equal(6, result.Status.DoneBySilo.Values.Sum());
        // The coordinator places batches on every silo (placement hint), not wherever Orleans likes.
        Assert.Equal(3, result.Status.DoneBySilo.Count);
        Assert.Equal(0, result.Status.Redispatched);
    }

    [Fact]
    public async Task Start_OtherProtocolVersion_RefusedNamingTheSilo()
    {
        var status = await Client.StartAsync($"version-{Guid.NewGuid():N}", Requests.Bdm(runs: 600, seed: 1, protocol: SweepProtocol.Version + 98));

        Assert.Equal(SweepState.Failed, status.State);
        Assert.Equal(SweepFailure.VersionMismatch, status.Failure);
        Assert.Matches($@"^silo 127\.0\.0\.1:\d+ speaks sweep protocol {SweepProtocol.Version} but the client sent protocol {SweepProtocol.Version + 98};", status.Error);
    }

    [Fact]
    public async Task Start_ScenarioInvalidOnTheSilo_BadInputNamingTheSiloAndLine()
    {
        var status = await Client.StartAsync($"invalid-{Guid.NewGuid():N}", Requests.Bdm(runs: 600, seed: 1, text: "id: broken\nissues: [\n"));

        Assert.Equal(SweepState.Failed, status.State);
        Assert.Equal(SweepFailure.BadInput, status.Failure);
        Assert.Matches(@"^silo 127\.0\.0\.1:\d+: six-actors\.yaml:\d+:\d+: ", status.Error);
    }

    [Fact]
    public async Task Status_UnknownId_IsUnknown()
    {
        var status = await Client.StatusAsync($"nobody-{Guid.NewGuid():N}");
        Assert.Equal(SweepState.Unknown, status.State);
    }

    [Fact]
    public async Task Cancel_RunningSweep_StopsAndWatchReportsIt()
    {
        var id = $"cancel-{Guid.NewGuid():N}";
        await Client.StartAsync(id, Requests.Bdm(runs: 500_000, seed: 2));
        // Each silo (one worker) holds its running batch and one sent ahead, which waits there for the worker.
        var busy = await Requests.WaitFor(Client, id, s => s.RunningBySilo.Count == 3);
        Assert.All(busy.RunningBySilo.Values, calls => Assert.Equal(2, calls));

        var cancelled = await Client.CancelAsync(id);
        var e = await Assert.ThrowsAsync<SweepFailedException>(() => Client.WatchAsync(id, _ => { }, TimeSpan.FromMilliseconds(50), CancellationToken.None));

        Assert.Equal(SweepState.Cancelled, cancelled.State);
        Assert.True(cancelled.BatchesDone < cancelled.Batches);
        Assert.Contains($"sweep {id} was cancelled after", e.Message);
    }
}
