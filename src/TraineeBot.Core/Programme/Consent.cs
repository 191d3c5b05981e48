namespace TraineeBot.Core.Programme;

public enum ConsentDecision
{
    Given = 0,
    Refused = 1,
    Withdrawn = 2,
}

/// <summary>
/// A user's answer to the consent question, with the time and the version of the text they were shown. Rows are
/// never changed: a new decision is a new row, and the latest one counts.
/// </summary>
public sealed class Consent
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public ConsentDecision Decision { get; set; }

    /// <summary>The version of the consent text shown (e.g. <c>consent-v1</c>).</summary>
    public required string TextVersion { get; set; }

    /// <summary>The language the text was shown in.</summary>
    public required string Language { get; set; }

    public DateTimeOffset DecidedUtc { get; set; }
}
