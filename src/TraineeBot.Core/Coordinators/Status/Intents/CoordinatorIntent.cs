namespace TraineeBot.Core.Coordinators.Status.Intents;

/// <summary>
/// What a coordinator asks about their caseload (a closed set: only the records nested here derive from it).
/// Read by <see cref="CoordinatorIntentParser"/>.
/// </summary>
public abstract record CoordinatorIntent
{
    private CoordinatorIntent()
    {
    }

    /// <summary>"status", "översikt", "hur ser det ut", "overview", "how are things".</summary>
    public sealed record Overview : CoordinatorIntent;

    /// <summary>One trainee: "hur går det för Amira?", "status Amira", "Amira". The caller decides whether <paramref name="NameQuery"/> names someone.</summary>
    /// <param name="NameQuery">The name as typed (case and accents kept), for <see cref="TraineeNameMatcher"/>.</param>
    public sealed record Trainee(string NameQuery) : CoordinatorIntent;

    /// <summary>"vilka har inte svarat?", "who hasn't answered".</summary>
    public sealed record Unanswered : CoordinatorIntent;

    /// <summary>"vilka är försenade", "who is overdue", "sena check-ins".</summary>
    public sealed record Overdue : CoordinatorIntent;

    /// <summary>"vilka har check-in den här veckan", "due this week".</summary>
    public sealed record DueThisWeek : CoordinatorIntent;

    /// <summary>"flaggade", "röda flaggor", "who is flagged".</summary>
    public sealed record Flagged : CoordinatorIntent;

    /// <summary>"öppna hjälpärenden", "open help requests", "vem behöver hjälp".</summary>
    public sealed record HelpOpen : CoordinatorIntent;

    /// <summary>"förlängningar", "renewals due", "who needs a renewal decision".</summary>
    public sealed record RenewalsSoon : CoordinatorIntent;

    /// <summary>Placements ending between <paramref name="From"/> and <paramref name="To"/>, both included: "vilka slutar i mars?", "ending within 30 days".</summary>
    public sealed record Ending(DateOnly From, DateOnly To) : CoordinatorIntent;

    /// <summary>"vilka närmar sig 18 månader", "12/18-month limit", "maxtid".</summary>
    public sealed record LimitsNear : CoordinatorIntent;

    /// <summary>"rapport", "utfallsrapport", "outcome report", "hur gick det efteråt".</summary>
    public sealed record Report : CoordinatorIntent;

    /// <summary>What can I ask: "vad kan jag fråga", "what can I ask". (The global "hjälp" command is not this.)</summary>
    public sealed record Help : CoordinatorIntent;

    /// <summary>Not understood (also the global commands such as "hjälp" and "avbryt", which are not the parser's to answer).</summary>
    /// <param name="Text">What was written, trimmed.</param>
    public sealed record Unknown(string Text) : CoordinatorIntent;
}

/// <summary>What the coordinator asked and, when the words make it plain, in which language (sv or en; null when unclear).</summary>
public sealed record ParsedQuestion(CoordinatorIntent Intent, string? Language);
