namespace TraineeBot.Graph;

/// <summary>
/// Retries of Graph calls (section <c>Graph:Resilience</c>): 429 after its Retry-After, 502/503/504 and network
/// failures with exponential backoff and jitter, each attempt under its own timeout, everything under a total one.
/// </summary>
public sealed class GraphResilienceOptions
{
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay when the answer names none (exponential with jitter after that).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A Retry-After longer than this is not waited for: the call fails and the caller decides.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>All attempts and waits of one call together.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
