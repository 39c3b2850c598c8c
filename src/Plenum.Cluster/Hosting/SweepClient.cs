using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Plenum.Cluster.Contracts;
using Plenum.Cluster.Grains;

namespace Plenum.Cluster.Hosting;

/// <summary>
/// A client of the sweep coordinators: start, watch, cancel a sweep and fetch its result. Connection losses
/// while watching are retried on the other gateways.
/// </summary>
public sealed class SweepClient : IAsyncDisposable
{
    private readonly IHost? _host;
    private readonly IClusterClient _client;

    private SweepClient(IHost? host, IClusterClient client)
    {
        _host = host;
        _client = client;
    }

    /// <summary>Wraps a client that is already connected (tests).</summary>
    public static SweepClient For(IClusterClient client) => new(null, client);

    /// <summary>Connects to the first gateway that answers.</summary>
    /// <exception cref="ClusterUnavailableException">No gateway answered.</exception>
    public static async Task<SweepClient> ConnectAsync(IReadOnlyList<IPEndPoint> gateways, string clusterId, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering(gateways.ToArray());
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = SweepProtocol.DefaultClusterId;
            });
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
            // Try each connection twice more, a second apart, then give up: an unreachable cluster is reported in
            // seconds, not after Orleans' minutes of back-off.
            var attempts = 0;
            client.UseConnectionRetryFilter(async (_, ct) =>
            {
                if (++attempts > 2) return false;
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
                return true;
            });
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnavailableException($"no reachable silo at {string.Join(", ", gateways)}: {e.GetBaseException().Message}");
        }
        return new SweepClient(host, host.Services.GetRequiredService<IClusterClient>());
    }

    private ISweepCoordinatorGrain Coordinator(string id) => _client.GetGrain<ISweepCoordinatorGrain>(id);

    /// <summary>Starts a sweep under <paramref name="id"/>.</summary>
    public Task<SweepStatus> StartAsync(string id, SweepRequest request) => Coordinator(id).StartAsync(request);

    /// <summary>The sweep's status.</summary>
    public Task<SweepStatus> StatusAsync(string id) => Coordinator(id).GetStatusAsync();

    /// <summary>Cancels the sweep.</summary>
    public Task<SweepStatus> CancelAsync(string id) => Coordinator(id).CancelAsync();

    /// <summary>
    /// Reports the status every <paramref name="poll"/> until the sweep ends; returns the result. Calls that fail
    /// (a gateway or the coordinator's silo went away; Orleans reports some of these as a cancelled call, so only
    /// the caller's own token ends the watch) are retried for <see cref="OutageLimit"/>: a coordinator
    /// whose silo died is replaced by one on a surviving silo within seconds of the death being noticed.
    /// </summary>
    /// <exception cref="SweepFailedException">The sweep failed, was cancelled or is unknown.</exception>
    public async Task<SweepResult> WatchAsync(string id, Action<SweepStatus> progress, TimeSpan poll, CancellationToken cancellationToken)
    {
        var outage = new System.Diagnostics.Stopwatch();
        var seenRunning = false;
        while (true)
        {
            SweepStatus status;
            try
            {
                status = await StatusAsync(id).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested && Outage(outage))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                continue;
            }
            // A sweep seen running and then unknown: its coordinator's successor could not reach every silo yet.
            if (status.State == SweepState.Unknown && seenRunning && Outage(outage))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                continue;
            }
            outage.Reset();
            progress(status);
            switch (status.State)
            {
                case SweepState.Completed:
                    var result = await ResultAsync(id, cancellationToken);
                    if (result is not null) return result;
                    throw new SweepFailedException(status, $"sweep {id} has no result");
                case SweepState.Running:
                    seenRunning = true;
                    await Task.Delay(poll, cancellationToken);
                    break;
                case SweepState.Unknown:
                    throw new SweepFailedException(status, $"no sweep {id} on the cluster (never started, or every silo holding it stopped)");
                case SweepState.Cancelled:
                    throw new SweepFailedException(status, $"sweep {id} was cancelled after {status.BatchesDone} of {status.Batches} batches");
                default:
                    throw new SweepFailedException(status, status.Error ?? $"sweep {id} failed");
            }
        }
    }

    /// <summary>How long <see cref="WatchAsync"/> keeps trying through failed calls.</summary>
    public static readonly TimeSpan OutageLimit = TimeSpan.FromMinutes(2);

    private static bool Outage(System.Diagnostics.Stopwatch outage)
    {
        if (!outage.IsRunning) outage.Start();
        return outage.Elapsed < OutageLimit;
    }

    /// <summary>The result, fetched again if the coordinator's silo goes away in between.</summary>
    private async Task<SweepResult?> ResultAsync(string id, CancellationToken cancellationToken)
    {
        var outage = new System.Diagnostics.Stopwatch();
        while (true)
        {
            try
            {
                return await Coordinator(id).GetResultAsync().WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested && Outage(outage))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is null) return;
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The cluster may be gone already; nothing is left to release.
        }
        _host.Dispose();
    }
}

/// <summary>No silo could be reached at the given gateways.</summary>
public sealed class ClusterUnavailableException(string message) : Exception(message);

/// <summary>A sweep ended without a result (failed, cancelled, lost); <see cref="Status"/> says how.</summary>
public sealed class SweepFailedException(SweepStatus status, string message) : Exception(message)
{
    public SweepStatus Status { get; } = status;
}
