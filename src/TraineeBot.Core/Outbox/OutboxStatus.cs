namespace TraineeBot.Core.Outbox;

/// <summary>Where an outbox message is in its life. Stored as text.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be sent at <see cref="OutboxMessage.NextAttemptUtc"/>.</summary>
    Queued = 0,

    /// <summary>Its HTTP send may be in flight. Found like this with an expired lease, it was interrupted: re-sent and counted as uncertain.</summary>
    Sending = 1,

    /// <summary>The connector accepted every part.</summary>
    Sent = 2,

    /// <summary>Given up after the allowed attempts, or refused by the connector in a way another try cannot fix.</summary>
    Failed = 3,

    /// <summary>Not sent because it became too old (the bot was down or the recipient unreachable for too long).</summary>
    Expired = 4,

    /// <summary>The recipient cannot be reached yet (never installed the app, or removed/blocked it); re-queued when they install it.</summary>
    Unreachable = 5,

    /// <summary>Not sent because the recipient withdrew consent or their data was erased; never sent later.</summary>
    Cancelled = 6,
}
