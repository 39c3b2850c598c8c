using Plenum.Cluster.Tests.Support;
using Xunit.Abstractions;

namespace Plenum.Cluster.Tests;

/// <summary>A throw-away redis-server and <c>count</c> silo processes started with <c>--redis</c>, one worker each.</summary>
public abstract class RedisSilosFixture(int count) : IAsyncLifetime
{
    public RedisServer Redis { get; } = new();
    public SiloCluster? Cluster { get; private set; }

    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        if (Redis.Connection is { } redis) Cluster = await SiloCluster.StartWithRedisAsync(count, redis, workers: 1);
    }

    public async Task DisposeAsync()
    {
        Cluster?.Dispose();
        await Redis.DisposeAsync();
    }
}

public sealed class RedisTwoSilosFixture() : RedisSilosFixture(2);

/// <summary>Three silos on Redis; the test kills one.</summary>
public sealed class RedisThreeSilosFixture() : RedisSilosFixture(3);

public class RedisMembershipTest(RedisTwoSilosFixture fixture, ITestOutputHelper output) : IClassFixture<RedisTwoSilosFixture>
{
    [Fact]
    public async Task Sweep_TwoSilosWithRedisMembership_SameJsonAsInProcess()
    {
        if (RedisSkip.Missing(fixture.Redis, output)) return;
        var cluster = fixture.Cluster!;
        var args = Requests.BdmArgs(runs: 3000, seed: 21);

        var onCluster = await CliRun.Of(cluster.SweepArgs(args));
        var inProcess = await CliRun.Of(args);

        Assert.True(onCluster.ExitCode == 0, onCluster.ToString());
        Assert.Contains("\"runs\": 3000", inProcess.Stdout);
        Assert.Equal(inProcess.Stdout, onCluster.Stdout);
        // Both silos joined through Redis and took batches.
        foreach (var silo in cluster.Silos) Assert.Contains($"{silo.Name}: ", onCluster.Stderr);
    }
}

public class RedisCoordinatorKillTest(RedisThreeSilosFixture fixture, ITestOutputHelper output) : IClassFixture<RedisThreeSilosFixture>
{
    [Fact]
    public async Task Sweep_CoordinatorSiloKilled_WithRedisMembershipAnySiloMayGo_SameJson()
    {
        if (RedisSkip.Missing(fixture.Redis, output)) return;

        // With membership in Redis no silo is special: whichever silo holds the coordinator is killed.
        var outcome = await CoordinatorKill.RunAsync(fixture.Cluster!, seed: 23, _ => true);

        CoordinatorKill.AssertTakenOverWithTheSameResult(outcome);
    }
}

/// <summary>Returns early (writing why) when redis-server is absent here; fails instead under CI.</summary>
internal static class RedisSkip
{
    public static bool Missing(RedisServer redis, ITestOutputHelper output)
    {
        if (redis.Missing is null) return false;
        if (RedisServer.InCi) Assert.Fail(redis.Missing);
        output.WriteLine(redis.Missing);
        return true;
    }
}
