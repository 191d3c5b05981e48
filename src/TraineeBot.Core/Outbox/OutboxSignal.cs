namespace TraineeBot.Core.Outbox;

/// <summary>Wakes a background loop when there is new work, instead of waiting for its next poll.</summary>
public abstract class WorkSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another thread signalled first: one wake-up is enough.
            }
        }
    }

    public void Dispose()
    {
        signal.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Waits until notified or <paramref name="timeout"/> passes on <paramref name="time"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (timeout <= TimeSpan.Zero)
        {
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, linked.Token);
        var woken = signal.WaitAsync(linked.Token);
        await Task.WhenAny(delay, woken);
        await linked.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}

/// <summary>Wakes the outbox sender (a message was queued or became sendable).</summary>
public sealed class OutboxSignal : WorkSignal;

/// <summary>Wakes the scheduler (a schedule was added or changed).</summary>
public sealed class ScheduleSignal : WorkSignal;
