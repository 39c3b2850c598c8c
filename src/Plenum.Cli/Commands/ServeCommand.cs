using System.ComponentModel;
using Microsoft.Extensions.Hosting;
using Plenum.Web;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum serve [--urls URL] [--store SPEC]</c>: the web app on the CLI's store, until Ctrl+C.</summary>
public sealed class ServeCommand(Output output) : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen (default http://127.0.0.1:5080: this machine only). Use http://0.0.0.0:5080 to serve a network, behind a TLS proxy.")]
        public string Urls { get; init; } = PlenumWebApp.DefaultUrl;

        [CommandOption("--queue <N>")]
        [Description("Forecasts that may wait at once (default 8); more are refused with 429 'busy, retry'.")]
        public int? Queue { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(settings.Urls.Split(';')[0], UriKind.Absolute, out _))
            throw new UsageException($"--urls {settings.Urls} is not a URL such as http://127.0.0.1:5080");
        if (settings.Queue is < 1 or > 10_000) throw new UsageException("--queue must be from 1 to 10000");
        var args = new List<string> { "--urls", settings.Urls };
        if (settings.Store is not null) args.AddRange(["--Plenum:Store", settings.Store]);
        if (settings.Queue is { } q) args.AddRange(["--Plenum:QueueCapacity", q.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var app = PlenumWebApp.Build([.. args]);
        var store = Storage.RunStores.Resolve(settings.Store);
        output.Stderr.WriteLine($"plenum: serving {settings.Urls} on the store {store.Display}; Ctrl+C stops");
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        await app.DisposeAsync();
        return ExitCodes.Success;
    }
}
