using System.Net;

namespace Plenum.Cli.Commands;

/// <summary>Reads <c>HOST:PORT[,HOST:PORT…]</c> lists of silo or gateway endpoints.</summary>
internal static class ClusterEndpoints
{
    public static IReadOnlyList<IPEndPoint> ParseList(string text, string option) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => Parse(t, option)).ToList() is { Count: > 0 } list
            ? list
            : throw new UsageException($"{option} needs at least one HOST:PORT");

    public static IPEndPoint Parse(string text, string option)
    {
        if (IPEndPoint.TryParse(text, out var ep) && ep.Port > 0) return ep;
        var colon = text.LastIndexOf(':');
        if (colon > 0 && int.TryParse(text[(colon + 1)..], out var port) && port is > 0 and < 65536)
        {
            try
            {
                var address = Dns.GetHostAddresses(text[..colon]).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
                if (address is not null) return new IPEndPoint(address, port);
            }
            catch (System.Net.Sockets.SocketException)
            {
                throw new UsageException($"{option} {text}: host {text[..colon]} is not known");
            }
        }
        throw new UsageException($"{option} {text} is not HOST:PORT");
    }
}
