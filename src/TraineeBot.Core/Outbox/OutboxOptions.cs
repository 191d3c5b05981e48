namespace TraineeBot.Core.Outbox;

/// <summary>Outbox delivery settings (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Teams' global connector, for chats created through Graph before Teams sent the bot any activity from the tenant.</summary>
    public const string DefaultTeamsServiceUrl = "https://smba.trafficmanager.net/teams/";

    /// <summary>The connector serviceUrl for chats created through Graph; default: the tenant's last known one, else <see cref="DefaultTeamsServiceUrl"/>.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>False stops the background sender and scheduler (tests that drive them by hand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A message not sent within this time after it was due is expired and reported instead (default 2 days).</summary>
    public TimeSpan ExpireAfter { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a sender holds a claimed message; longer than one send with its timeout.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts that reached the network before a message is marked failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Backoff after a transient failure (412/502/503/504, timeouts): base × 2^(attempt−1), capped.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Messages claimed per round.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Sends in flight at once (to different conversations; one conversation is always sent in order).</summary>
    public int MaxParallelSends { get; set; } = 32;

    /// <summary>
    /// How long a claimed message may wait in memory for a rate-limit permit before it goes back to the queue (default
    /// 2 s). Waiting lets a send start the moment Teams' window has room, instead of a round later; zero puts it back at
    /// once (tests that drive the sender on a fake clock).
    /// </summary>
    public TimeSpan PermitWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest the sender sleeps when nothing is due (new messages wake it at once).</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the scheduler looks for schedule occurrences that fell due (new schedules wake it at once).</summary>
    public TimeSpan ScheduleTick { get; set; } = TimeSpan.FromSeconds(30);
}
