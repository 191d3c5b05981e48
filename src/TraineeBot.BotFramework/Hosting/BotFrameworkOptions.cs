namespace TraineeBot.BotFramework.Hosting;

/// <summary>How the endpoint and turn pipeline behave (section <c>Bot</c>).</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "Bot";

    /// <summary>Request bodies above this size get 413. Teams' own message limit is about 100 KB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How long a non-invoke request waits for its turn before it is acknowledged with 200 while the turn goes on.
    /// Teams gives a bot 15 s; staying well under it avoids redeliveries.
    /// </summary>
    public TimeSpan AcknowledgeWithin { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>An activity id seen again within this window is not processed again.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(24);

    public ConnectorOptions Connector { get; set; } = new();
}

/// <summary>Retry behaviour of outbound connector calls (section <c>Bot:Connector</c>).</summary>
public sealed class ConnectorOptions
{
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay for 412/502/503/504 (exponential with jitter after that).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited for: the call fails and the caller decides.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
