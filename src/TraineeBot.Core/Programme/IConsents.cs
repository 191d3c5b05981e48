namespace TraineeBot.Core.Programme;

/// <summary>Users' consent decisions. Without a given consent nothing about a trainee is stored or sent but the refusal.</summary>
public interface IConsents
{
    /// <summary>The user's latest decision, or null when they were never asked or never answered.</summary>
    Task<Consent?> LatestAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Stores a decision (a new row; the latest counts).</summary>
    Task<Consent> RecordAsync(Guid userId, ConsentDecision decision, string textVersion, string language, CancellationToken cancellationToken);

    /// <summary>
    /// A decision added to this scope's unit of work but not saved: it is stored by the scope's next save, such as
    /// <see cref="Outbox.IOutbox.EnqueueAsync"/>, so a decision and the message about it are stored together or not at all.
    /// </summary>
    Consent Stage(Guid userId, ConsentDecision decision, string textVersion, string language);
}

public static class ConsentExtensions
{
    /// <summary>True when the user's latest decision is <see cref="ConsentDecision.Given"/>.</summary>
    public static async Task<bool> HasConsentedAsync(this IConsents consents, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consents);
        return (await consents.LatestAsync(userId, cancellationToken))?.Decision == ConsentDecision.Given;
    }
}
