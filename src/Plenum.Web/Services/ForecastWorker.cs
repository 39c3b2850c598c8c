using Microsoft.Extensions.Options;

namespace Plenum.Web.Services;

/// <summary>The background workers that take forecasts off the queue, <see cref="WebOptions.Workers"/> at a time.</summary>
public sealed class ForecastWorker(ForecastQueue queue, ForecastExecutor executor, IOptions<WebOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(0, options.Value.Workers)).Select(_ => Task.Run(() => WorkAsync(stoppingToken), stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
                await executor.ExecuteAsync(job, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; queued jobs are lost, their users see "failed" only if the process lives on.
        }
    }
}
