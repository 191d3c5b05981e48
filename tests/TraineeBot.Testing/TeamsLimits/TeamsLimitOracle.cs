namespace TraineeBot.Testing.TeamsLimits;

/// <summary>
/// Teams' rate limits as the service applies them, written as plainly as possible so that it can judge the production
/// limiter (it shares no code with it): per bot and conversation 7 requests per 1 s, 8 per 2 s, 60 per 30 s and 1800
/// per hour, and per tenant <c>tenantPerSecond</c> per second, all sliding windows <c>(now − W, now]</c>. A request is
/// admitted and recorded at <c>clock.GetUtcNow()</c> when every window still has room; a rejected one is not recorded.
/// Thread-safe.
/// </summary>
public sealed class TeamsLimitOracle(TimeProvider clock, int tenantPerSecond = 50)
{
    private static readonly (int Permits, TimeSpan Window)[] ConversationLimits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    private static readonly TimeSpan TenantWindow = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    private readonly object gate = new();
    private readonly Dictionary<string, List<DateTimeOffset>> conversations = [];
    private readonly Dictionary<string, List<DateTimeOffset>> tenants = [];
    private int admitted;
    private int rejected;

    public int Admitted
    {
        get
        {
            lock (gate)
            {
                return admitted;
            }
        }
    }

    public int Rejected
    {
        get
        {
            lock (gate)
            {
                return rejected;
            }
        }
    }

    public TimeProvider Clock => clock;

    public bool TryAdmit(string tenantId, string conversationId, out TimeSpan retryAfter)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            var conversation = Log(conversations, tenantId + "\n" + conversationId, Longest, now);
            var tenant = Log(tenants, tenantId, TenantWindow, now);

            retryAfter = TimeSpan.Zero;
            foreach (var (permits, window) in ConversationLimits)
            {
                retryAfter = Max(retryAfter, Wait(conversation, permits, window, now));
            }

            retryAfter = Max(retryAfter, Wait(tenant, tenantPerSecond, TenantWindow, now));
            if (retryAfter > TimeSpan.Zero)
            {
                rejected++;
                return false;
            }

            conversation.Add(now);
            tenant.Add(now);
            admitted++;
            return true;
        }
    }

    /// <summary>Zero when the window ending now has room, else how long until enough of it has slid out.</summary>
    private static TimeSpan Wait(List<DateTimeOffset> log, int permits, TimeSpan window, DateTimeOffset now)
    {
        var inWindow = log.Where(t => t > now - window && t <= now).Order().ToList();
        if (inWindow.Count < permits)
        {
            return TimeSpan.Zero;
        }

        // Once this one has left the window, only permits − 1 remain.
        return inWindow[inWindow.Count - permits] + window - now;
    }

    /// <summary>The requests recorded for <paramref name="key"/>, forgetting those older than <paramref name="keep"/>.</summary>
    private static List<DateTimeOffset> Log(Dictionary<string, List<DateTimeOffset>> logs, string key, TimeSpan keep, DateTimeOffset now)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            logs[key] = log = [];
        }

        log.RemoveAll(t => t <= now - keep);
        return log;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
