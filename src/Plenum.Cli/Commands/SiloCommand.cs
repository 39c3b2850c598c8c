using System.ComponentModel;
using System.Net;
using System.Runtime.InteropServices;
using Plenum.Cluster;
using Microsoft.Extensions.Hosting;
using Plenum.Cluster.Hosting;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum silo [--port P] [--gateway-port G] [--seed-node HOST:PORT | --redis CONN]</c>: runs sweep batches until stopped.</summary>
public sealed class SiloCommand(Output output) : AsyncCommand<SiloCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--port <P>")]
        [Description("Silo-to-silo port (default 11111).")]
        public int Port { get; init; } = 11111;

        [CommandOption("--gateway-port <G>")]
        [Description("Port clients connect to (default 30000).")]
        public int GatewayPort { get; init; } = 30000;

        [CommandOption("--address <IP>")]
        [Description("Address other machines reach this silo on (default 127.0.0.1: this machine only).")]
        public string Address { get; init; } = "127.0.0.1";

        [CommandOption("--seed-node <HOST:PORT>")]
        [Description("Development clustering: the silo port of the first silo (default: this silo is the first).")]
        public string? SeedNode { get; init; }

        [CommandOption("--redis <CONN>")]
        [Description("Keep cluster membership in Redis (e.g. 127.0.0.1:6379) instead of on the first silo.")]
        public string? Redis { get; init; }

        [CommandOption("--workers <N>")]
        [Description("Batches computed at once, one core each (default: all cores).")]
        public int? Workers { get; init; }

        [CommandOption("--cluster-id <ID>")]
        [Description("Name of the cluster; silos and clients must agree (default plenum).")]
        public string ClusterId { get; init; } = SweepProtocol.DefaultClusterId;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Port is < 1 or > 65535 || settings.GatewayPort is < 1 or > 65535 || settings.Port == settings.GatewayPort)
            throw new UsageException("--port and --gateway-port must be two different ports from 1 to 65535");
        if (settings.SeedNode is not null && settings.Redis is not null)
            throw new UsageException("give either --seed-node or --redis, not both");
        if (settings.Workers is < 1 or > 1024) throw new UsageException("--workers must be from 1 to 1024");
        if (!IPAddress.TryParse(settings.Address, out var address)) throw new UsageException($"--address {settings.Address} is not an IP address");
        var seed = settings.SeedNode is null ? null : ClusterEndpoints.Parse(settings.SeedNode, "--seed-node");
        var workers = settings.Workers ?? Environment.ProcessorCount;
        var silo = new SiloSettings(address, settings.Port, settings.GatewayPort, seed, settings.Redis, workers, settings.ClusterId);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
        using var host = PlenumSilo.Build(silo);
        await host.StartAsync(stop.Token);
        var membership = settings.Redis is not null ? "Redis membership" : $"development clustering, primary {seed?.ToString() ?? $"{address}:{settings.Port}"}";
        output.Stdout.WriteLine($"silo {address}:{settings.Port} ready: gateway {settings.GatewayPort}, {workers} workers, {membership}, sweep protocol {SweepProtocol.Version}");
        output.Stdout.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            output.Stderr.WriteLine($"silo {address}:{settings.Port} stopping");
        }
        await host.StopAsync(TimeSpan.FromSeconds(10));
        return ExitCodes.Success;
    }
}
