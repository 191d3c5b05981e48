using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Coordinators.Alerts;

namespace TraineeBot.Infrastructure.Coordinators.Alerts;

/// <summary>
/// One round of the coordinators' alerts: between 07:30 and 12:00 of a working day the morning digests (once per
/// process and day; the idempotency keys make a restart's second round harmless), and every round the immediate
/// alerts for supervisors' unanswered check-ins. Returns when the next round is due.
/// </summary>
internal sealed class CoordinatorAlertRunner(IServiceScopeFactory scopes, DigestClock clock, TimeProvider time)
{
    /// <summary>How often the immediate alerts are looked for: an unanswered check-in reaches its coordinator within this.</summary>
    public static readonly TimeSpan ImmediateInterval = TimeSpan.FromMinutes(1);

    private DateOnly? digestsDone;

    public async Task<DateTimeOffset> RunDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var alerts = scope.ServiceProvider.GetRequiredService<CoordinatorAlerts>();
        if (clock.DueDay(time.GetUtcNow()) is { } day && digestsDone != day)
        {
            await alerts.QueueDigestsAsync(day, cancellationToken);
            digestsDone = day;
        }

        await alerts.QueueUnansweredAlertsAsync(cancellationToken);
        var now = time.GetUtcNow();
        var nextDigest = clock.DueDay(now) is { } today && digestsDone != today ? now : clock.Next(now);
        var nextImmediate = now + ImmediateInterval;
        return nextDigest < nextImmediate ? nextDigest : nextImmediate;
    }
}
