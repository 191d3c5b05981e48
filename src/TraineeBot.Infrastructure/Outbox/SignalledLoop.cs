using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Outbox;

namespace TraineeBot.Infrastructure.Outbox;

/// <summary>
/// A background loop on the <see cref="TimeProvider"/>: runs a round, sleeps until the round says more is due or the
/// signal wakes it, and carries on after a failed round (logged) so one bad message never stops delivery.
/// </summary>
internal abstract partial class SignalledLoop(WorkSignal signal, TimeProvider time, IOptions<OutboxOptions> options, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(5);

    /// <summary>One round; returns when the next one is due.</summary>
    protected abstract Task<DateTimeOffset> RunRoundAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                DateTimeOffset next;
                try
                {
                    next = await RunRoundAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    Log.RoundFailed(logger, ex, GetType().Name);
                    next = time.GetUtcNow() + AfterFailure;
                }

                await signal.WaitAsync(next - time.GetUtcNow(), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5301, Level = LogLevel.Error, Message = "A round of {Loop} failed; the next one follows shortly")]
        public static partial void RoundFailed(ILogger logger, Exception exception, string loop);
    }
}
