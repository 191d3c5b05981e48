using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Alerts;

/// <summary>The digest's sections, in the order the card shows them.</summary>
public enum DigestSection
{
    RedFlags,
    HelpRequests,
    UnansweredCheckIns,
    Unreachable,
    Renewals,
    Ending,
    LimitsNear,
}

/// <summary>
/// One line of a digest, about one trainee: the date it is about, and for some sections what else to say
/// (<see cref="ProposeCandidates"/>: an external placement ends; <see cref="Detail"/>: the check-in kind or the supervisor's name).
/// </summary>
public sealed record DigestLine(DigestSection Section, Guid TraineeId, string TraineeName, DateOnly Date, bool ProposeCandidates = false, string? Detail = null);

/// <summary>What one coordinator's morning digest says; <see cref="IsEmpty"/> means nothing is sent.</summary>
public sealed record DigestModel(DateOnly Day, IReadOnlyList<DigestLine> Lines)
{
    public bool IsEmpty => Lines.Count == 0;

    public IEnumerable<IGrouping<DigestSection, DigestLine>> Sections => Lines.GroupBy(l => l.Section).OrderBy(g => g.Key);
}

/// <summary>
/// Decides what goes in a coordinator's morning digest from a <see cref="DigestSnapshot"/> of their caseload: pure,
/// given the (Stockholm) date. The windows are in <c>docs/coordinators/alerts.md</c>.
/// </summary>
public static class CoordinatorDigest
{
    /// <summary>A renewal (the start of a later contract period) within this many days is listed.</summary>
    public const int RenewalDays = 14;

    /// <summary>A placement whose last day is within this many days is listed.</summary>
    public const int EndingDays = 30;

    /// <summary>A placement that reaches its maximum length (12 months external, 18 internal) within this many days is listed.</summary>
    public const int LimitDays = 30;

    public static DigestModel Build(DigestSnapshot snapshot, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var lines = new List<DigestLine>();
        foreach (var c in snapshot.OpenCases)
        {
            lines.Add(new DigestLine(c.Kind == CaseKind.RedFlag ? DigestSection.RedFlags : DigestSection.HelpRequests, c.TraineeId, c.TraineeName, c.Opened));
        }

        lines.AddRange(snapshot.UnansweredCheckIns.Select(c => new DigestLine(DigestSection.UnansweredCheckIns, c.TraineeId, c.TraineeName, c.Sent, Detail: c.Kind)));
        lines.AddRange(snapshot.Unreachable
            .GroupBy(u => (u.TraineeId, u.SupervisorName))
            .Select(g => g.MaxBy(u => u.Date)!)
            .Select(u => new DigestLine(DigestSection.Unreachable, u.TraineeId, u.TraineeName, u.Date, Detail: u.SupervisorName)));

        foreach (var p in snapshot.Placements)
        {
            if (p.End < today || p.Start > today.AddDays(RenewalDays))
            {
                continue;
            }

            if (p.PeriodStarts.Where(s => s > p.Start && s >= today && s <= today.AddDays(RenewalDays)).Order().FirstOrDefault() is var renewal && renewal != default)
            {
                lines.Add(new DigestLine(DigestSection.Renewals, p.TraineeId, p.TraineeName, renewal));
            }

            if (p.End <= today.AddDays(EndingDays))
            {
                lines.Add(new DigestLine(DigestSection.Ending, p.TraineeId, p.TraineeName, p.End, ProposeCandidates: p.Kind == PlacementKind.External));
            }

            var limit = PlacementRules.LatestEnd(p.Kind, p.Start);
            if (p.Start <= today && limit <= today.AddDays(LimitDays))
            {
                lines.Add(new DigestLine(DigestSection.LimitsNear, p.TraineeId, p.TraineeName, limit, Detail: PlacementRules.MaxMonths(p.Kind).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return new DigestModel(today, [.. lines.OrderBy(l => l.Section).ThenBy(l => l.Date).ThenBy(l => l.TraineeName, StringComparer.CurrentCulture)]);
    }
}
