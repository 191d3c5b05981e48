using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Outbox;
using TraineeBot.Infrastructure.Outbox;

namespace TraineeBot.Infrastructure.Scheduling;

/// <summary>Runs <see cref="ScheduleRunner"/>: at the next due occurrence, on every tick, and when a schedule changes.</summary>
internal sealed class SchedulerService(ScheduleRunner runner, ScheduleSignal signal, TimeProvider time, IOptions<OutboxOptions> options, ILogger<SchedulerService> logger)
    : SignalledLoop(signal, time, options, logger)
{
    protected override Task<DateTimeOffset> RunRoundAsync(CancellationToken cancellationToken) => runner.RunDueAsync(cancellationToken);
}
