using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Coordinators.Alerts;
using TraineeBot.Core.Outbox;
using TraineeBot.Infrastructure.Outbox;

namespace TraineeBot.Infrastructure.Coordinators.Alerts;

/// <summary>
/// Runs <see cref="CoordinatorAlertRunner"/> on the <see cref="TimeProvider"/>; off with the outbox (<c>Outbox:Enabled</c>)
/// or on its own (<c>CoordinatorAlerts:Enabled</c>).
/// </summary>
internal sealed class CoordinatorAlertService(
    CoordinatorAlertRunner runner, AlertSignal signal, TimeProvider time, IOptions<OutboxOptions> options, IOptions<CoordinatorAlertOptions> alertOptions,
    ILogger<CoordinatorAlertService> logger)
    : SignalledLoop(signal, time, options, logger)
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        alertOptions.Value.Enabled ? base.ExecuteAsync(stoppingToken) : Task.CompletedTask;

    protected override Task<DateTimeOffset> RunRoundAsync(CancellationToken cancellationToken) => runner.RunDueAsync(cancellationToken);
}

/// <summary>Wakes the alert loop early (nothing does yet; the loop looks every minute).</summary>
internal sealed class AlertSignal : WorkSignal;
