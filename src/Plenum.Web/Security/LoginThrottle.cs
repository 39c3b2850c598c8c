using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Plenum.Web.Security;

/// <summary>
/// Slows password guessing: after <see cref="WebOptions.MaxFailedLogins"/> failures for one user name or from one
/// address within <see cref="WebOptions.LockoutMinutes"/>, further attempts are refused until the window passes,
/// whether or not the password is right. Kept in memory: a restart forgets, which is acceptable for one server.
/// </summary>
public sealed class LoginThrottle(IOptions<WebOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>True when either key has used up its attempts.</summary>
    public bool IsLocked(string userName, string address) => Count("u:" + userName) >= options.Value.MaxFailedLogins
        || Count("a:" + address) >= options.Value.MaxFailedLogins * 4;

    public void Failed(string userName, string address)
    {
        Add("u:" + userName);
        Add("a:" + address);
    }

    public void Succeeded(string userName) => _failures.TryRemove("u:" + userName, out _);

    private int Count(string key)
    {
        if (!_failures.TryGetValue(key, out var queue)) return 0;
        lock (queue)
        {
            Trim(queue);
            return queue.Count;
        }
    }

    private void Add(string key)
    {
        var queue = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            Trim(queue);
            queue.Enqueue(clock.GetUtcNow());
        }
    }

    private void Trim(Queue<DateTimeOffset> queue)
    {
        var cutoff = clock.GetUtcNow().AddMinutes(-options.Value.LockoutMinutes);
        while (queue.Count > 0 && queue.Peek() < cutoff) queue.Dequeue();
    }
}
