using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Plenum.Web.Services;

/// <summary>
/// The bounded queue between requests and the forecast workers. A request never waits for a model: it is
/// queued (202) or, when the queue is full, refused at once (429 "busy, retry"), so one user's long Monte Carlo
/// run cannot block the pages of others.
/// </summary>
public sealed class ForecastQueue
{
    /// <summary>Finished jobs kept for their status page; older ones are forgotten (their runs stay in the store).</summary>
    private const int KeptJobs = 500;

    private readonly Channel<ForecastJob> _channel;
    private readonly ConcurrentDictionary<string, ForecastJob> _jobs = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public ForecastQueue(IOptions<WebOptions> options, TimeProvider clock)
    {
        _clock = clock;
        _channel = Channel.CreateBounded<ForecastJob>(new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    /// <summary>Queues the request, or returns null when the queue is full.</summary>
    public ForecastJob? TryEnqueue(ForecastRequest request)
    {
        var job = new ForecastJob(request, _clock.GetUtcNow());
        _jobs[job.Id] = job;
        if (_channel.Writer.TryWrite(job))
        {
            Forget();
            return job;
        }
        _jobs.TryRemove(job.Id, out _);
        return null;
    }

    public ForecastJob? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    /// <summary>Jobs of a workspace not yet finished, oldest first.</summary>
    public IReadOnlyList<ForecastJob> Pending(long workspaceId) =>
        _jobs.Values.Where(j => j.Request.WorkspaceId == workspaceId && !j.Finished).OrderBy(j => j.CreatedAt).ToList();

    /// <summary>True while any forecast is queued or running (the server is not idle).</summary>
    public bool HasUnfinishedJobs => _jobs.Values.Any(j => !j.Finished);

    internal ChannelReader<ForecastJob> Reader => _channel.Reader;

    private void Forget()
    {
        if (_jobs.Count <= KeptJobs) return;
        foreach (var old in _jobs.Values.Where(j => j.Finished).OrderBy(j => j.CreatedAt).Take(_jobs.Count - KeptJobs))
            _jobs.TryRemove(old.Id, out _);
    }
}
