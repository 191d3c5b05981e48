using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Privacy.Retention;

namespace TraineeBot.Infrastructure.Privacy.Retention;

/// <summary>
/// One round of the retention job: when the day's 03:15 (Stockholm) has passed and this process has not run it for
/// that day, one run (<see cref="IRetention.RunAsync"/>, dry when <see cref="RetentionOptions.DryRun"/>). After downtime
/// the missed run happens at the next round — once, however many days were missed. Returns the report (null when
/// nothing was due) and when the next round is due.
/// </summary>
internal sealed class RetentionRunner(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider time)
{
    private DateOnly? done;

    public async Task<(RetentionReport? Report, DateTimeOffset Next)> RunDueAsync(CancellationToken cancellationToken)
    {
        var day = RetentionClock.DueDay(time.GetUtcNow());
        RetentionReport? report = null;
        if (done != day)
        {
            await using var scope = scopes.CreateAsyncScope();
            report = await scope.ServiceProvider.GetRequiredService<IRetention>().RunAsync(options.Value.DryRun, cancellationToken);
            done = day;
        }

        return (report, RetentionClock.NextAfter(day));
    }
}

/// <summary>Runs <see cref="RetentionRunner"/> on the <see cref="TimeProvider"/>, sleeping until the next 03:15; off with <c>Retention:Enabled</c>.</summary>
internal sealed partial class RetentionService(RetentionRunner runner, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger)
    : BackgroundService
{
    private static readonly TimeSpan AfterFailure = TimeSpan.FromMinutes(10);

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
                    next = (await runner.RunDueAsync(stoppingToken)).Next;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    Log.RoundFailed(logger, ex);
                    next = time.GetUtcNow() + AfterFailure;
                }

                var wait = next - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 9405, Level = LogLevel.Error, Message = "The retention job failed; it is tried again shortly")]
        public static partial void RoundFailed(ILogger logger, Exception exception);
    }
}
