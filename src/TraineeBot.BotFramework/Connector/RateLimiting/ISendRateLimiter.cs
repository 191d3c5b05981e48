namespace TraineeBot.BotFramework.Connector.RateLimiting;

/// <summary>
/// Keeps proactive sends within Teams' rate limits: per bot and conversation (sliding windows, see
/// <see cref="TeamsRateLimitOptions.PerConversation"/>) and per bot and tenant (<see cref="TeamsRateLimitOptions.TenantPerSecond"/>).
/// Every send takes a permit with <see cref="TryAcquire"/> right before it starts and settles it with
/// <see cref="RateLimitLease.Complete"/> or <see cref="RateLimitLease.Release"/>.
/// </summary>
public interface ISendRateLimiter
{
    /// <summary>
    /// Takes a permit to start one send now to <paramref name="conversationId"/> in <paramref name="tenantId"/> (null tenant =
    /// a "default" tenant bucket), or says when to try again (<see cref="RateLimitLease.RetryAt"/>).
    /// </summary>
    RateLimitLease TryAcquire(string? tenantId, string conversationId, DateTimeOffset now);

    /// <summary>
    /// The earliest instant a send to <paramref name="conversationId"/> could take a permit, as far as is known at
    /// <paramref name="now"/> (== <paramref name="now"/> when it could now). Takes nothing: another send may be first.
    /// </summary>
    DateTimeOffset NextPermitAt(string? tenantId, string conversationId, DateTimeOffset now);

    /// <summary>How many sends to this tenant could start at <paramref name="now"/> considering only the tenant limit (for sizing a batch).</summary>
    int AvailableForTenant(string? tenantId, DateTimeOffset now);

    /// <summary>The earliest instant the tenant has capacity again (== <paramref name="now"/> when it has some).</summary>
    DateTimeOffset TenantAvailableAt(string? tenantId, DateTimeOffset now);

    /// <summary>
    /// The connector answered 429: nothing more to this conversation (or the whole tenant when
    /// <paramref name="conversationId"/> is null) before <paramref name="until"/>.
    /// </summary>
    void Throttled(string? tenantId, string? conversationId, DateTimeOffset until);
}
