namespace TraineeBot.Core.Outbox;

/// <summary>
/// One proactive message, stored before it is sent so that nothing is lost: who gets it, what it is (a payload kind
/// rendered at delivery), when it is due, and how delivery went. See <c>docs/proactive-messaging.md</c>.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>Unique: the same (schedule occurrence, recipient) or the same feature event is queued once, however often it is asked for.</summary>
    public required string IdempotencyKey { get; set; }

    public Guid RecipientUserId { get; set; }

    /// <summary>The conversation it goes to; resolved at delivery when null (the user's personal chat with the bot).</summary>
    public Guid? ConversationReferenceId { get; set; }

    /// <summary>How the payload becomes activities (<see cref="OutboxKinds"/>).</summary>
    public required string Kind { get; set; }

    public required string PayloadJson { get; set; }

    /// <summary>The activities as rendered at the first delivery attempt, so every retry sends exactly the same thing.</summary>
    public string? RenderedJson { get; set; }

    /// <summary>Whom to tell when it expires, fails or cannot reach the recipient; null = the programme's coordinators.</summary>
    public Guid? NotifyUserId { get; set; }

    /// <summary>The schedule definition and occurrence it belongs to, for the delivery log; null for one-off messages.</summary>
    public string? ScheduleDefinitionId { get; set; }

    public Guid? ScheduleId { get; set; }

    public string? OccurrenceKey { get; set; }

    public OutboxStatus Status { get; set; }

    /// <summary>Send attempts that reached the network (a rate-limit wait on our side is not an attempt).</summary>
    public int Attempts { get; set; }

    /// <summary>How often a send was interrupted in flight and the message re-sent: each may have been a duplicate.</summary>
    public int UncertainCount { get; set; }

    public DateTimeOffset DueUtc { get; set; }

    public DateTimeOffset NextAttemptUtc { get; set; }

    /// <summary>After this it is not sent any more but marked <see cref="OutboxStatus.Expired"/> and reported.</summary>
    public DateTimeOffset ExpiresUtc { get; set; }

    /// <summary>The sender instance that holds it, until <see cref="LeaseUntilUtc"/>.</summary>
    public Guid? LeaseToken { get; set; }

    public DateTimeOffset? LeaseUntilUtc { get; set; }

    /// <summary>How many of the rendered activities the connector has accepted.</summary>
    public int PartsSent { get; set; }

    /// <summary>The connector's ids of the sent activities, space separated, so a card can be updated in place later.</summary>
    public string? SentActivityIds { get; set; }

    public DateTimeOffset? SentUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>The delivery notice that told a coordinator about this message's failure, expiry or unreachable recipient.</summary>
    public Guid? NoticeMessageId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    /// <summary>The first activity id the connector gave back (the card to update later), or null.</summary>
    public string? FirstActivityId => FirstOf(SentActivityIds);

    /// <summary>The first id in a <see cref="SentActivityIds"/> value, or null.</summary>
    public static string? FirstOf(string? sentActivityIds) => sentActivityIds?.Split(' ', 2)[0] is { Length: > 0 } id ? id : null;

    /// <summary>A new queued message for <paramref name="request"/>, due at its due time.</summary>
    public static OutboxMessage Create(OutboxRequest request, DateTimeOffset now, TimeSpan defaultExpireAfter)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            IdempotencyKey = request.IdempotencyKey,
            RecipientUserId = request.RecipientUserId,
            ConversationReferenceId = request.ConversationReferenceId,
            Kind = request.Kind,
            PayloadJson = request.PayloadJson,
            NotifyUserId = request.NotifyUserId,
            ScheduleDefinitionId = request.ScheduleDefinitionId,
            ScheduleId = request.ScheduleId,
            OccurrenceKey = request.OccurrenceKey,
            Status = OutboxStatus.Queued,
            DueUtc = request.DueUtc,
            NextAttemptUtc = request.DueUtc,
            ExpiresUtc = request.DueUtc + (request.ExpireAfter ?? defaultExpireAfter),
            CreatedUtc = now,
            UpdatedUtc = now,
        };
    }
}
