namespace Plenum.Cluster.Tests.Support;

/// <summary>Silo processes forming one cluster: the first is the primary (development clustering's seed).</summary>
public sealed class SiloCluster : IDisposable
{
    private SiloCluster(string clusterId, IReadOnlyList<SiloProcess> silos) => (ClusterId, Silos) = (clusterId, silos);

    public string ClusterId { get; }
    public IReadOnlyList<SiloProcess> Silos { get; }
    public string Gateways => string.Join(',', Silos.Select(s => s.Gateway));

    /// <summary>Starts <paramref name="count"/> silos with <paramref name="workers"/> workers each and waits for all.</summary>
    public static async Task<SiloCluster> StartAsync(int count, int workers = 1)
    {
        var id = $"test-{Guid.NewGuid():N}"[..13];
        var ports = SiloProcess.FreePorts(2 * count);
        var primary = await SiloProcess.StartAsync(ports[0], ports[1], "--cluster-id", id, "--workers", $"{workers}");
        var silos = new List<SiloProcess> { primary };
        try
        {
            var others = Enumerable.Range(1, count - 1).Select(i => SiloProcess.StartAsync(ports[2 * i], ports[2 * i + 1],
                "--cluster-id", id, "--workers", $"{workers}", "--seed-node", primary.Name)).ToList();
            foreach (var other in others) silos.Add(await other);
        }
        catch
        {
            silos.ForEach(s => s.Dispose());
            throw;
        }
        return new SiloCluster(id, silos);
    }

    /// <summary>Starts <paramref name="count"/> alike silos keeping membership in the Redis at <paramref name="redis"/>.</summary>
    public static async Task<SiloCluster> StartWithRedisAsync(int count, string redis, int workers = 1)
    {
        var id = $"redis-{Guid.NewGuid():N}"[..14];
        var ports = SiloProcess.FreePorts(2 * count);
        var starting = Enumerable.Range(0, count).Select(i => SiloProcess.StartAsync(ports[2 * i], ports[2 * i + 1],
            "--cluster-id", id, "--workers", $"{workers}", "--redis", redis)).ToList();
        var silos = new List<SiloProcess>();
        Exception? failure = null;
        foreach (var silo in starting)
        {
            try
            {
                silos.Add(await silo);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure ??= e;
            }
        }
        if (failure is null) return new SiloCluster(id, silos);
        silos.ForEach(s => s.Dispose());
        throw failure;
    }

    public string[] SweepArgs(params string[] args) => [.. args, "--cluster", Gateways, "--cluster-id", ClusterId];

    public void Dispose()
    {
        foreach (var silo in Silos) silo.Dispose();
    }
}
