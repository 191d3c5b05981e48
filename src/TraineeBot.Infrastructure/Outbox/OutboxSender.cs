using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using TraineeBot.BotFramework;
using TraineeBot.BotFramework.Connector;
using TraineeBot.BotFramework.Connector.RateLimiting;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Outbox;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Outbox;

/// <summary>
/// Delivers outbox messages, one round at a time (<see cref="RunOnceAsync"/>): recovers sends interrupted by a crash,
/// expires what became too old, queues notices for coordinators, claims what is due with a lease, and sends it
/// within Teams' rate limits, each recipient's messages in order. The guarantee and its one window are described in
/// <c>docs/proactive-messaging.md</c>.
/// </summary>
public sealed partial class OutboxSender(
    IDbContextFactory<TraineeBotDbContext> dbs,
    IServiceScopeFactory scopes,
    [FromKeyedServices(BotFrameworkServiceCollectionExtensions.ProactiveConnectorKey)] IConnectorClient connector,
    ISendRateLimiter limiter,
    RecipientResolver recipients,
    DeliveryNotices notices,
    IOutboxFaults faults,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxSender> logger) : IDisposable
{
    private const int CommitTries = 5;
    private static readonly TimeSpan HousekeepingInterval = TimeSpan.FromSeconds(1);
    private readonly OutboxOptions settings = options.Value;
    // The tenants sent to so far: a round claims no more than the freest of them can take.
    private readonly HashSet<string?> tenants = [];

    // SQLite has one writer at a time: parallel sends queue their small writes here instead of in SQLite's busy
    // handler (which sleeps). Other processes on the same file still meet the busy timeout.
    private readonly SemaphoreSlim writes = new(1, 1);
    private DateTimeOffset nextHousekeeping = DateTimeOffset.MinValue;
    private int noticesWanted;

    /// <summary>One round. Returns when the next round is worth running (now when more is due at once).</summary>
    public async Task<DateTimeOffset> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now >= nextHousekeeping || Interlocked.Exchange(ref noticesWanted, 0) == 1)
        {
            // Recovery, expiry and notices need not run every round: a busy sender runs many rounds a second.
            nextHousekeeping = now + HousekeepingInterval;
            await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
            {
                await RecoverInterruptedAsync(db, now, cancellationToken);
                await ExpireAsync(db, now, cancellationToken);
            }

            await notices.QueueAsync(now, cancellationToken);
        }

        faults.At(OutboxFaultPoint.BeforeClaim, null);
        var capacity = Capacity(now);
        if (capacity == 0)
        {
            return NextTenantSlot(now);
        }

        var claimed = await ClaimAsync(now, capacity, cancellationToken);
        if (claimed.Count == 0)
        {
            return await NextWakeAsync(now, cancellationToken);
        }

        var targets = await recipients.ResolveAsync(claimed, cancellationToken);
        await Parallel.ForEachAsync(claimed,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxParallelSends), CancellationToken = cancellationToken },
            async (message, token) => await DeliverAsync(message, targets[message.Id], token));
        return time.GetUtcNow();
    }

    /// <summary>Rounds until nothing is due now; for tests and tools that drive the sender by hand.</summary>
    public async Task<DateTimeOffset> RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = await RunOnceAsync(cancellationToken);
            if (next > time.GetUtcNow())
            {
                return next;
            }
        }
    }

    /// <summary>A message found "sending" with its lease run out was in flight when its sender died: send it again, and count it.</summary>
    private async Task RecoverInterruptedAsync(TraineeBotDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recovered = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Sending && m.LeaseUntilUtc < now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Queued)
                .SetProperty(m => m.UncertainCount, m => m.UncertainCount + 1)
                .SetProperty(m => m.NextAttemptUtc, now)
                .SetProperty(m => m.LeaseToken, (Guid?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTimeOffset?)null)
                .SetProperty(m => m.LastError, "Interrupted while sending; sent again, so it may arrive twice.")
                .SetProperty(m => m.UpdatedUtc, now), cancellationToken);
        if (recovered > 0)
        {
            OutboxTelemetry.Uncertain.Add(recovered);
            Log.Recovered(logger, recovered);
        }
    }

    private async Task ExpireAsync(TraineeBotDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = await db.OutboxMessages
            .Where(m => (m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.Unreachable) && m.ExpiresUtc <= now
                && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Expired)
                .SetProperty(m => m.LeaseToken, (Guid?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTimeOffset?)null)
                .SetProperty(m => m.UpdatedUtc, now), cancellationToken);
        if (expired > 0)
        {
            OutboxTelemetry.Expired.Add(expired);
            Log.Expired(logger, expired);
        }
    }

    private int Capacity(DateTimeOffset now)
    {
        lock (tenants)
        {
            return tenants.Count == 0 ? settings.BatchSize : Math.Min(settings.BatchSize, tenants.Max(t => limiter.AvailableForTenant(t, now + settings.PermitWait)));
        }
    }

    private DateTimeOffset NextTenantSlot(DateTimeOffset now)
    {
        lock (tenants)
        {
            return tenants.Count == 0 ? now : tenants.Min(t => limiter.TenantAvailableAt(t, now));
        }
    }

    /// <summary>
    /// Leases up to <paramref name="capacity"/> due messages, each the oldest unfinished one of its recipient (so a
    /// conversation is always sent in order). The lease is taken in one UPDATE that re-checks it is free, so two
    /// senders (or a restarted one) never hold the same message.
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimAsync(DateTimeOffset now, int capacity, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var ids = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptUtc <= now && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
            .Where(m => !db.OutboxMessages.Any(e => e.RecipientUserId == m.RecipientUserId && e.Id != m.Id
                && (e.Status == OutboxStatus.Queued || e.Status == OutboxStatus.Sending)
                && (e.DueUtc < m.DueUtc || (e.DueUtc == m.DueUtc && (e.CreatedUtc < m.CreatedUtc
                    || (e.CreatedUtc == m.CreatedUtc && e.IdempotencyKey.CompareTo(m.IdempotencyKey) < 0))))))
            .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.DueUtc)
            .Select(m => m.Id)
            .Take(capacity)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var lease = Guid.NewGuid();
        var until = now + settings.LeaseDuration;
        await db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Queued && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseToken, lease).SetProperty(m => m.LeaseUntilUtc, until), cancellationToken);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.LeaseToken == lease).OrderBy(m => m.NextAttemptUtc).ToListAsync(cancellationToken);
    }

    private async Task DeliverAsync(OutboxMessage message, Resolution target, CancellationToken cancellationToken)
    {
        faults.At(OutboxFaultPoint.BeforeSend, message.Id);
        if (target.Unreachable is { } why)
        {
            await FinishAsync(message, OutboxStatus.Unreachable, why, cancellationToken);
            OutboxTelemetry.Unreachable.Add(1);
            return;
        }

        var recipient = target.Recipient!;
        lock (tenants)
        {
            tenants.Add(recipient.Reference.TenantId);
        }

        string? newlyRendered = null;
        IReadOnlyList<Activity> parts;
        try
        {
            if (message.RenderedJson is { } stored)
            {
                parts = RenderedActivities.Read(stored);
            }
            else
            {
                parts = await RenderAsync(message, recipient, cancellationToken);
                newlyRendered = RenderedActivities.Write(parts);
            }
        }
        catch (OutboxPayloadException ex)
        {
            Log.PayloadFailed(logger, ex, message.Id, message.Kind);
            await FinishAsync(message, OutboxStatus.Failed, ex.Message, cancellationToken);
            OutboxTelemetry.Failed.Add(1);
            return;
        }

        if (parts.Count == 0)
        {
            await FinishAsync(message, OutboxStatus.Sent, null, cancellationToken);
            return;
        }

        var serviceUrl = new Uri(recipient.Reference.ServiceUrl);
        for (var part = message.PartsSent; part < parts.Count; part++)
        {
            // Wait (briefly, in memory) until Teams' windows have room, so the send starts the moment they do.
            var room = limiter.NextPermitAt(recipient.Reference.TenantId, recipient.Reference.ConversationId, time.GetUtcNow());
            if (!await WaitUntilAsync(room, cancellationToken))
            {
                OutboxTelemetry.Deferred.Add(1);
                await RequeueAsync(message, room, uncertain: false, error: null, rendered: newlyRendered, cancellationToken);
                return;
            }

            if (!await MarkSendingAsync(message, newlyRendered, cancellationToken))
            {
                return;
            }

            newlyRendered = null;
            // The permit is taken last, right before the request: a send holds its place in Teams' windows from here
            // until it finishes, so nothing of ours (storing, waiting for the database) makes the windows slower.
            var permit = await AcquireAsync(recipient.Reference, cancellationToken);
            if (!permit.Acquired)
            {
                OutboxTelemetry.Deferred.Add(1);
                await RequeueAsync(message, permit.RetryAt, uncertain: false, error: null, rendered: null, cancellationToken, undoAttempt: true);
                return;
            }

            ResourceResponse response;
            try
            {
                // A rendered activity with an id replaces that earlier message (a card updated in place).
                response = parts[part].Id is { Length: > 0 } replaces
                    ? await connector.UpdateActivityAsync(serviceUrl, recipient.Reference.ConversationId, replaces, parts[part], cancellationToken)
                    : await connector.SendToConversationAsync(serviceUrl, recipient.Reference.ConversationId, parts[part], cancellationToken);
            }
            catch (ConnectorException ex)
            {
                permit.Complete(time.GetUtcNow());
                await OnRefusedAsync(message, recipient, ex, cancellationToken);
                return;
            }
            catch (UntrustedServiceUrlException ex)
            {
                permit.Release();
                await FinishAsync(message, OutboxStatus.Failed, ex.Message, cancellationToken);
                OutboxTelemetry.Failed.Add(1);
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The request may have reached the connector and only the answer was lost: send again (a lost
                // check-in is worse than a repeated one), and count it as uncertain.
                permit.Complete(time.GetUtcNow());
                Log.SendUncertain(logger, ex, message.Id);
                OutboxTelemetry.Uncertain.Add(1);
                await RetryLaterAsync(message, uncertain: true, ex.Message, cancellationToken);
                return;
            }

            permit.Complete(time.GetUtcNow());
            await RecordSentAsync(message, part, parts.Count, response.Id, cancellationToken);
        }
    }

    /// <summary>A permit for one send, waiting up to <see cref="OutboxOptions.PermitWait"/> when parallel sends took the room first.</summary>
    private async Task<RateLimitLease> AcquireAsync(TraineeBot.Core.Conversations.ConversationReference reference, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + settings.PermitWait;
        while (true)
        {
            var permit = limiter.TryAcquire(reference.TenantId, reference.ConversationId, time.GetUtcNow());
            if (permit.Acquired || permit.RetryAt > deadline || !await WaitUntilAsync(permit.RetryAt, cancellationToken))
            {
                return permit;
            }
        }
    }

    /// <summary>Sleeps until <paramref name="instant"/> if it is within <see cref="OutboxOptions.PermitWait"/>; false if it is further away.</summary>
    private async Task<bool> WaitUntilAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        var wait = instant - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            return true;
        }

        if (wait > settings.PermitWait)
        {
            return false;
        }

        await Task.Delay(wait, time, cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<Activity>> RenderAsync(OutboxMessage message, ResolvedRecipient recipient, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var renderer = scope.ServiceProvider.GetKeyedService<IOutboxPayloadRenderer>(message.Kind)
            ?? throw new OutboxPayloadException($"Message {message.Id} has the kind '{message.Kind}', which no renderer knows.");
        var continuation = ContinuationActivity.From(recipient.Reference, recipient.User);
        return await renderer.RenderAsync(new ProactiveDelivery(message, recipient.Contact, continuation), cancellationToken);
    }

    private async Task OnRefusedAsync(OutboxMessage message, ResolvedRecipient recipient, ConnectorException refused, CancellationToken cancellationToken)
    {
        var error = refused.Message;
        if (refused.RecipientUnreachable)
        {
            Log.RecipientUnreachable(logger, message.Id, (int)refused.StatusCode, refused.ErrorCode);
            OutboxTelemetry.Unreachable.Add(1);
            await FinishAsync(message, OutboxStatus.Unreachable, error, cancellationToken);
            return;
        }

        if (refused.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var wait = refused.RetryAfter ?? TimeSpan.FromSeconds(1);
            var until = time.GetUtcNow() + wait;
            limiter.Throttled(recipient.Reference.TenantId, recipient.Reference.ConversationId, until);
            OutboxTelemetry.Throttled.Add(1);
            Log.Throttled(logger, message.Id, wait);
            if (message.Attempts >= settings.MaxAttempts)
            {
                await FinishAsync(message, OutboxStatus.Failed, $"Gave up after {message.Attempts} attempts: {error}", cancellationToken);
                OutboxTelemetry.Failed.Add(1);
                return;
            }

            await RequeueAsync(message, until, uncertain: false, error, null, cancellationToken);
            return;
        }

        if (IsTransient(refused.StatusCode))
        {
            await RetryLaterAsync(message, uncertain: false, error, cancellationToken);
            return;
        }

        Log.Refused(logger, message.Id, (int)refused.StatusCode, refused.ErrorCode);
        await FinishAsync(message, OutboxStatus.Failed, error, cancellationToken);
        OutboxTelemetry.Failed.Add(1);
    }

    private static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.PreconditionFailed or HttpStatusCode.InternalServerError
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.Unauthorized
        or HttpStatusCode.RequestTimeout;

    private async Task RetryLaterAsync(OutboxMessage message, bool uncertain, string error, CancellationToken cancellationToken)
    {
        if (message.Attempts >= settings.MaxAttempts)
        {
            await FinishAsync(message, OutboxStatus.Failed, $"Gave up after {message.Attempts} attempts: {error}", cancellationToken, uncertain);
            OutboxTelemetry.Failed.Add(1);
            return;
        }

        var backoff = TimeSpan.FromTicks(Math.Min(settings.MaxRetryDelay.Ticks,
            settings.RetryBaseDelay.Ticks * (1L << Math.Clamp(message.Attempts - 1, 0, 20))));
        await RequeueAsync(message, time.GetUtcNow() + backoff, uncertain, error, null, cancellationToken);
    }

    private Task<int> RequeueAsync(OutboxMessage message, DateTimeOffset next, bool uncertain, string? error, string? rendered,
        CancellationToken cancellationToken, bool undoAttempt = false)
    {
        var now = time.GetUtcNow();
        var lease = message.LeaseToken;
        var addUncertain = uncertain ? 1 : 0;
        var attempts = undoAttempt ? -1 : 0;
        return UpdateOwnedAsync(message, m => m.LeaseToken == lease, s => s
            .SetProperty(m => m.Status, OutboxStatus.Queued)
            .SetProperty(m => m.Attempts, m => m.Attempts + attempts)
            .SetProperty(m => m.NextAttemptUtc, next)
            .SetProperty(m => m.UncertainCount, m => m.UncertainCount + addUncertain)
            .SetProperty(m => m.LastError, m => error ?? m.LastError)
            .SetProperty(m => m.RenderedJson, m => rendered ?? m.RenderedJson)
            .SetProperty(m => m.LeaseToken, (Guid?)null)
            .SetProperty(m => m.LeaseUntilUtc, (DateTimeOffset?)null)
            .SetProperty(m => m.UpdatedUtc, now), cancellationToken);
    }

    private Task<int> FinishAsync(OutboxMessage message, OutboxStatus status, string? error, CancellationToken cancellationToken, bool uncertain = false)
    {
        if (status != OutboxStatus.Sent)
        {
            // The coordinator hears about it in the next round, not a second later.
            Volatile.Write(ref noticesWanted, 1);
        }

        var now = time.GetUtcNow();
        var lease = message.LeaseToken;
        var addUncertain = uncertain ? 1 : 0;
        var truncated = error is { Length: > 2000 } ? error[..2000] : error;
        return UpdateOwnedAsync(message, m => m.LeaseToken == lease, s => s
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.LastError, m => truncated ?? m.LastError)
            .SetProperty(m => m.UncertainCount, m => m.UncertainCount + addUncertain)
            .SetProperty(m => m.SentUtc, m => status == OutboxStatus.Sent ? now : m.SentUtc)
            .SetProperty(m => m.LeaseToken, (Guid?)null)
            .SetProperty(m => m.LeaseUntilUtc, (DateTimeOffset?)null)
            .SetProperty(m => m.UpdatedUtc, now), cancellationToken);
    }

    /// <summary>Marks the message as in flight (the one window where a crash can double it) and counts the attempt.</summary>
    private async Task<bool> MarkSendingAsync(OutboxMessage message, string? rendered, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lease = message.LeaseToken;
        var until = now + settings.LeaseDuration;
        var changed = await UpdateOwnedAsync(message, m => m.LeaseToken == lease, s => s
            .SetProperty(m => m.Status, OutboxStatus.Sending)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.RenderedJson, m => rendered ?? m.RenderedJson)
            .SetProperty(m => m.LeaseUntilUtc, until)
            .SetProperty(m => m.UpdatedUtc, now), cancellationToken);
        if (changed == 0)
        {
            Log.LeaseLost(logger, message.Id);
            return false;
        }

        message.Attempts++;
        return true;
    }

    /// <summary>
    /// Stores that the connector accepted part <paramref name="part"/>. The send has happened, so this must not be
    /// lost to a passing fault: it is tried again (with what we know in memory) before giving up, and it does not
    /// depend on the lease (only on the part not being recorded yet), so a slow send whose lease ran out still counts.
    /// </summary>
    private async Task RecordSentAsync(OutboxMessage message, int part, int parts, string? activityId, CancellationToken cancellationToken)
    {
        var last = part == parts - 1;
        var id = activityId ?? string.Empty;
        var status = last ? OutboxStatus.Sent : OutboxStatus.Queued;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                faults.At(OutboxFaultPoint.AfterSend, message.Id);
                var now = time.GetUtcNow();
                await WriteAsync(db =>
                {
                    faults.At(OutboxFaultPoint.DuringCommit, message.Id);
                    return db.OutboxMessages
                        .Where(m => m.Id == message.Id && m.PartsSent == part)
                        .ExecuteUpdateAsync(s => s
                            .SetProperty(m => m.PartsSent, part + 1)
                            .SetProperty(m => m.SentActivityIds, m => m.SentActivityIds == null ? id : m.SentActivityIds + " " + id)
                            .SetProperty(m => m.Status, status)
                            .SetProperty(m => m.SentUtc, m => last ? now : m.SentUtc)
                            .SetProperty(m => m.LeaseToken, m => last ? null : m.LeaseToken)
                            .SetProperty(m => m.LeaseUntilUtc, m => last ? null : m.LeaseUntilUtc)
                            .SetProperty(m => m.UpdatedUtc, now), CancellationToken.None);
                }, CancellationToken.None);
                message.PartsSent = part + 1;
                if (last)
                {
                    OutboxTelemetry.Sent.Add(1);
                }

                return;
            }
            catch (Exception ex) when (attempt < CommitTries && ex is not OperationCanceledException)
            {
                Log.CommitRetry(logger, ex, message.Id, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), CancellationToken.None);
            }
        }
    }

    private Task<int> UpdateOwnedAsync(OutboxMessage message, System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> owned,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxMessage>> set, CancellationToken cancellationToken) =>
        WriteAsync(db => db.OutboxMessages.Where(m => m.Id == message.Id).Where(owned).ExecuteUpdateAsync(set, cancellationToken), cancellationToken);

    private async Task<int> WriteAsync(Func<TraineeBotDbContext, Task<int>> write, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await writes.WaitAsync(cancellationToken);
        try
        {
            return await write(db);
        }
        finally
        {
            writes.Release();
        }
    }

    public void Dispose() => writes.Dispose();

    private async Task<DateTimeOffset> NextWakeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var next = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptUtc > now)
            .MinAsync(m => (DateTimeOffset?)m.NextAttemptUtc, cancellationToken);
        var lease = await db.OutboxMessages.Where(m => m.LeaseUntilUtc > now)
            .MinAsync(m => m.LeaseUntilUtc, cancellationToken);
        var expiry = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Unreachable && m.ExpiresUtc > now)
            .MinAsync(m => (DateTimeOffset?)m.ExpiresUtc, cancellationToken);
        var wake = now + settings.IdlePoll;
        foreach (var candidate in new[] { next, lease, expiry })
        {
            if (candidate is { } at && at < wake)
            {
                wake = at;
            }
        }

        return wake;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "{Count} outbox messages were interrupted while sending; they are sent again and counted as possible duplicates")]
        public static partial void Recovered(ILogger logger, int count);

        [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "{Count} outbox messages expired before they could be sent")]
        public static partial void Expired(ILogger logger, int count);

        [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Outbox message {MessageId} of kind {Kind} cannot be rendered; it fails")]
        public static partial void PayloadFailed(ILogger logger, Exception exception, Guid messageId, string kind);

        [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Outbox message {MessageId}: the answer to the send was lost; it is sent again")]
        public static partial void SendUncertain(ILogger logger, Exception exception, Guid messageId);

        [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Outbox message {MessageId}: the recipient cannot be reached ({Status} {ErrorCode})")]
        public static partial void RecipientUnreachable(ILogger logger, Guid messageId, int status, string? errorCode);

        [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Outbox message {MessageId}: throttled by the connector, waiting {Wait}")]
        public static partial void Throttled(ILogger logger, Guid messageId, TimeSpan wait);

        [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Outbox message {MessageId}: refused by the connector ({Status} {ErrorCode}); it fails")]
        public static partial void Refused(ILogger logger, Guid messageId, int status, string? errorCode);

        [LoggerMessage(EventId = 5008, Level = LogLevel.Warning, Message = "Outbox message {MessageId}: another sender holds it now; left to them")]
        public static partial void LeaseLost(ILogger logger, Guid messageId);

        [LoggerMessage(EventId = 5009, Level = LogLevel.Warning, Message = "Outbox message {MessageId} was sent but storing that failed (try {Attempt}); trying again")]
        public static partial void CommitRetry(ILogger logger, Exception exception, Guid messageId, int attempt);
    }
}
