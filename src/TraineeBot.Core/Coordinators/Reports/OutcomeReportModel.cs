using TraineeBot.Core.Users;

namespace TraineeBot.Core.Coordinators.Reports;

/// <summary>How the former trainees are divided into groups.</summary>
public enum OutcomeBreakdownKind
{
    /// <summary>Everyone, one group.</summary>
    All = 0,

    /// <summary>Gender as the trainee described it (trimmed, case ignored); blank = not stated.</summary>
    Gender = 1,

    /// <summary>Age at the period's end (the end year minus the birth year): 16–19, 20–24, 25–29, 30+, unknown.</summary>
    AgeBand = 2,

    /// <summary>Internal or external placement.</summary>
    PlacementKind = 3,

    HomeDepartment = 4,

    /// <summary>The half-year the placement ended (2026 H1 = January–June 2026).</summary>
    Period = 5,
}

/// <summary>What a former trainee does at a follow-up; <see cref="Unknown"/> = the follow-up was due but not answered.</summary>
public enum OutcomeCategory
{
    Work = 0,
    Studies = 1,
    WorkAndStudies = 2,
    Looking = 3,
    Other = 4,
    Unknown = 5,
}

/// <summary>A text in Swedish and English.</summary>
public sealed record ReportLabel(string Swedish, string English)
{
    public string For(string language) => Language.Normalize(language) == Language.English ? English : Swedish;
}

/// <summary>
/// One group's figures at one follow-up: how many were due (their period ended at least that many months before the
/// report's day) and how many of them are in each <see cref="OutcomeCategory"/>.
/// </summary>
public sealed class OutcomeHorizon
{
    private readonly int[] counts;

    internal OutcomeHorizon(int monthsAfter, int[] counts)
    {
        MonthsAfter = monthsAfter;
        this.counts = counts;
    }

    /// <summary>3, 6 or 12.</summary>
    public int MonthsAfter { get; }

    /// <summary>How many in the group had reached this follow-up; the shares are of these.</summary>
    public int Due => counts.Sum();

    public int Count(OutcomeCategory category) => counts[(int)category];

    /// <summary>The share (0–1) in <paramref name="category"/>; null when nobody in the group is due yet.</summary>
    public double? Share(OutcomeCategory category) => Due == 0 ? null : (double)counts[(int)category] / Due;
}

/// <summary>
/// One group of a breakdown. A suppressed group has only its label: no count, no shares, no ratings, so nothing
/// rendered from it can reveal them.
/// </summary>
public sealed record OutcomeGroup(
    string Id,
    ReportLabel Label,
    bool Suppressed,
    int? People,
    IReadOnlyList<OutcomeHorizon> Horizons,
    double? TraineeSupport,
    double? SupervisorSupport)
{
    /// <summary>The figures at <paramref name="monthsAfter"/>; null when suppressed.</summary>
    public OutcomeHorizon? At(int monthsAfter) => Horizons.FirstOrDefault(h => h.MonthsAfter == monthsAfter);
}

/// <summary>The groups of one breakdown, in display order.</summary>
public sealed record OutcomeBreakdown(OutcomeBreakdownKind Kind, IReadOnlyList<OutcomeGroup> Groups);
