namespace TraineeBot.BotFramework.Connector.RateLimiting;

/// <summary>
/// The answer of <see cref="ISendRateLimiter.TryAcquire"/>: either a permit to start one send (<see cref="Acquired"/>),
/// which must then be settled exactly once with <see cref="Complete"/> or <see cref="Release"/>, or a refusal with the
/// earliest instant worth retrying. A permit never settled keeps occupying every window of its conversation and tenant.
/// Settling twice, or settling a refusal, does nothing.
/// </summary>
public sealed class RateLimitLease
{
    private readonly Action<DateTimeOffset>? complete;
    private readonly Action? release;
    private int settled;

    private RateLimitLease(bool acquired, DateTimeOffset retryAt, Action<DateTimeOffset>? complete, Action? release)
    {
        Acquired = acquired;
        RetryAt = retryAt;
        this.complete = complete;
        this.release = release;
    }

    public bool Acquired { get; }

    /// <summary>
    /// When not <see cref="Acquired"/>: the earliest instant worth retrying (no permit can be had before it; one may still
    /// be refused then, e.g. while earlier sends are in flight). When acquired: the instant the permit was taken.
    /// </summary>
    public DateTimeOffset RetryAt { get; }

    /// <summary>
    /// The send finished (any outcome where the request may have reached the connector: success, error status, timeout).
    /// From now on it counts in every window as if it happened at <paramref name="finishedAt"/>.
    /// </summary>
    public void Complete(DateTimeOffset finishedAt)
    {
        if (Acquired && Interlocked.Exchange(ref settled, 1) == 0)
        {
            complete?.Invoke(finishedAt);
        }
    }

    /// <summary>The send never started (nothing was sent): the permit is given back.</summary>
    public void Release()
    {
        if (Acquired && Interlocked.Exchange(ref settled, 1) == 0)
        {
            release?.Invoke();
        }
    }

    /// <summary>A refusal: try again at <paramref name="retryAt"/> at the earliest.</summary>
    public static RateLimitLease Refused(DateTimeOffset retryAt) => new(false, retryAt, null, null);

    /// <summary>
    /// A permit taken at <paramref name="acquiredAt"/>; <paramref name="complete"/> or <paramref name="release"/> runs once
    /// when it is settled. For <see cref="ISendRateLimiter"/> implementations (and test doubles).
    /// </summary>
    public static RateLimitLease Granted(DateTimeOffset acquiredAt, Action<DateTimeOffset> complete, Action release)
    {
        ArgumentNullException.ThrowIfNull(complete);
        ArgumentNullException.ThrowIfNull(release);
        return new(true, acquiredAt, complete, release);
    }
}
