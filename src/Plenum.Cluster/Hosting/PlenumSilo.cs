using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Plenum.Cluster.Hosting;

/// <summary>Builds a silo that runs sweep batches: membership, endpoints, failure detection and batch workers.</summary>
public static class PlenumSilo
{
    /// <summary>A host running one silo; warnings and errors are logged to stderr.</summary>
    public static IHost Build(SiloSettings settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders()
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error)
            .AddFilter("Orleans.Runtime.Silo", LogLevel.Error)
            .AddFilter("Orleans.Runtime.Scheduler", LogLevel.Error)
            .SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.UseOrleans(silo => Configure(silo, settings));
        return builder.Build();
    }

    /// <summary>Configures a silo; the test cluster calls it too.</summary>
    public static void Configure(ISiloBuilder silo, SiloSettings settings)
    {
        if (settings.Redis is { } redis) silo.UseRedisClustering(redis);
        else silo.UseDevelopmentClustering(settings.SeedNode ?? new IPEndPoint(settings.Address, settings.SiloPort));
        silo.ConfigureEndpoints(settings.Address, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(settings.Address));
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = SweepProtocol.DefaultClusterId;
        });
        ConfigureFailureDetection(silo);
        UseRecoveringDirectory(silo);
        AddSweepServices(silo.Services, settings.Workers);
    }

    /// <summary>
    /// Orleans' distributed grain directory, which rebuilds the entries of a dead silo's directory range from the
    /// surviving silos. With the default directory, killing a silo can drop the entry of a sweep's coordinator
    /// (living elsewhere), and the next call would start an empty coordinator: the sweep would be lost.
    /// </summary>
    public static void UseRecoveringDirectory(ISiloBuilder silo)
    {
#pragma warning disable ORLEANSEXP003 // experimental in Orleans 10; the kill test checks that it does its job
        silo.AddDistributedGrainDirectory();
#pragma warning restore ORLEANSEXP003
    }

    /// <summary>
    /// Declares a silo dead after about 6 s without answers (Orleans' defaults take about 15 s), so a killed silo's
    /// batches are sent elsewhere quickly. Orleans treats probes that fail while the prober itself stalled as
    /// inconclusive, so a busy machine does not get its silos declared dead.
    /// </summary>
    public static void ConfigureFailureDetection(ISiloBuilder silo) => silo.Configure<ClusterMembershipOptions>(o =>
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(2);
        o.NumMissedProbesLimit = 3;
        o.NumVotesForDeathDeclaration = 1;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
    });

    /// <summary>The services the sweep grains need on every silo.</summary>
    public static void AddSweepServices(IServiceCollection services, int workers)
    {
        services.AddSingleton(new BatchSlots(workers));
        services.AddSingleton<SweepInputsCache>();
        services.AddSingleton(new SweepLedger(TimeProvider.System));
        services.AddHostedService<SweepKeeper>();
    }
}
