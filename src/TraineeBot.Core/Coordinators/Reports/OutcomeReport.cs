using System.Globalization;
using System.Text.RegularExpressions;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Reports;

/// <summary>
/// What former trainees do 3, 6 and 12 months after their period (work, studies, both, looking, other, no answer),
/// with the support ratings, for everyone and by subgroup: the figures the programme is judged by. Small groups are
/// suppressed (see <see cref="Build"/>). Pure: the same rows and day give the same report.
/// </summary>
public sealed partial class OutcomeReport
{
    /// <summary>The follow-ups, in months after the period.</summary>
    public static readonly IReadOnlyList<int> HorizonMonths = [3, 6, 12];

    private OutcomeReport(DateOnly today, int minGroupSize, IReadOnlyList<OutcomeBreakdown> breakdowns)
    {
        Today = today;
        MinGroupSize = minGroupSize;
        Breakdowns = breakdowns;
    }

    /// <summary>The day the figures are for: a follow-up is due when the period ended at least that many months before.</summary>
    public DateOnly Today { get; }

    /// <summary>Groups with fewer people are suppressed.</summary>
    public int MinGroupSize { get; }

    /// <summary>One per <see cref="OutcomeBreakdownKind"/>, in the enum's order.</summary>
    public IReadOnlyList<OutcomeBreakdown> Breakdowns { get; }

    public OutcomeBreakdown this[OutcomeBreakdownKind kind] => Breakdowns.Single(b => b.Kind == kind);

    /// <summary>
    /// Builds the report. A group with fewer than <paramref name="minGroupSize"/> people is suppressed; when that
    /// leaves exactly one suppressed group in a breakdown, or suppressed groups with fewer than
    /// <paramref name="minGroupSize"/> people together, the next-smallest groups are suppressed too (complementary
    /// suppression), so no hidden figure can be worked out by subtracting the shown groups from "all".
    /// </summary>
    public static OutcomeReport Build(IReadOnlyList<OutcomeReportRow> rows, DateOnly today, int minGroupSize = 5)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(minGroupSize, 1);
        var breakdowns = new List<OutcomeBreakdown>
        {
            Breakdown(OutcomeBreakdownKind.All, [new Draft("all", OutcomeReportTexts.Label("Group.All"), [.. rows])], today, minGroupSize),
            Breakdown(OutcomeBreakdownKind.Gender, FreeTextGroups("gender", rows, r => r.Gender), today, minGroupSize),
            Breakdown(OutcomeBreakdownKind.AgeBand, AgeGroups(rows), today, minGroupSize),
            Breakdown(OutcomeBreakdownKind.PlacementKind, KindGroups(rows), today, minGroupSize),
            Breakdown(OutcomeBreakdownKind.HomeDepartment, FreeTextGroups("department", rows, r => r.HomeDepartment), today, minGroupSize),
            Breakdown(OutcomeBreakdownKind.Period, PeriodGroups(rows), today, minGroupSize),
        };
        return new OutcomeReport(today, minGroupSize, breakdowns);
    }

    /// <summary>The age band at the period's end: "16-19" (younger included), "20-24", "25-29", "30+", or null when unknown.</summary>
    public static string? AgeBand(int? birthYear, DateOnly lastDay)
    {
        if (birthYear is not { } year)
        {
            return null;
        }

        var age = lastDay.Year - year;
        return age switch
        {
            < 0 => null,
            < 20 => "16-19",
            < 25 => "20-24",
            < 30 => "25-29",
            _ => "30+",
        };
    }

    /// <summary>"2026-H1" for January–June 2026, "2026-H2" for July–December.</summary>
    public static string Period(DateOnly lastDay) => $"{lastDay.Year.ToString(CultureInfo.InvariantCulture)}-H{(lastDay.Month <= 6 ? 1 : 2)}";

    /// <summary>Trimmed, inner spaces collapsed; null when blank.</summary>
    public static string? NormalizeText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Spaces().Replace(text.Trim(), " ");
    }

    private static OutcomeBreakdown Breakdown(OutcomeBreakdownKind kind, List<Draft> drafts, DateOnly today, int minGroupSize)
    {
        var suppressed = drafts.Where(d => d.Rows.Count < minGroupSize).ToHashSet();
        if (kind != OutcomeBreakdownKind.All && suppressed.Count > 0)
        {
            // Complementary suppression: one hidden group is "all" minus the others, so hide the next-smallest too;
            // and keep hiding while the hidden groups together are still fewer than the limit.
            while (suppressed.Count == 1 || suppressed.Sum(d => d.Rows.Count) < minGroupSize)
            {
                var next = drafts.Where(d => !suppressed.Contains(d))
                    .OrderBy(d => d.Rows.Count).ThenByDescending(d => drafts.IndexOf(d)).FirstOrDefault();
                if (next is null)
                {
                    break;
                }

                suppressed.Add(next);
            }
        }

        return new OutcomeBreakdown(kind, [.. drafts.Select(d => suppressed.Contains(d) ? Hidden(d) : Figures(d, today))]);
    }

    private static OutcomeGroup Hidden(Draft draft) => new(draft.Id, draft.Label, true, null, [], null, null);

    private static OutcomeGroup Figures(Draft draft, DateOnly today) => new(
        draft.Id,
        draft.Label,
        false,
        draft.Rows.Count,
        [.. HorizonMonths.Select(months => Horizon(draft.Rows, months, today))],
        Mean(draft.Rows.SelectMany(r => r.TraineeRatings)),
        Mean(draft.Rows.SelectMany(r => r.SupervisorRatings)));

    private static OutcomeHorizon Horizon(IReadOnlyList<OutcomeReportRow> rows, int months, DateOnly today)
    {
        var counts = new int[Enum.GetValues<OutcomeCategory>().Length];
        foreach (var row in rows.Where(r => r.LastDay.AddMonths(months) <= today))
        {
            counts[(int)Category(row.StatusAt(months))]++;
        }

        return new OutcomeHorizon(months, counts);
    }

    private static OutcomeCategory Category(OutcomeStatus? status) => status switch
    {
        OutcomeStatus.Work => OutcomeCategory.Work,
        OutcomeStatus.Studies => OutcomeCategory.Studies,
        OutcomeStatus.WorkAndStudies => OutcomeCategory.WorkAndStudies,
        OutcomeStatus.Looking => OutcomeCategory.Looking,
        OutcomeStatus.Other => OutcomeCategory.Other,
        _ => OutcomeCategory.Unknown,
    };

    /// <summary>The mean of the 1–5 ratings (others ignored), to 1 decimal; null when there are none.</summary>
    private static double? Mean(IEnumerable<int> ratings)
    {
        var valid = ratings.Where(r => r is >= 1 and <= 5).ToList();
        return valid.Count == 0 ? null : Math.Round(valid.Average(), 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>Groups by the normalised text, case ignored, largest first, "not stated" last; the label is the most used spelling.</summary>
    private static List<Draft> FreeTextGroups(string prefix, IReadOnlyList<OutcomeReportRow> rows, Func<OutcomeReportRow, string?> text)
    {
        var stated = rows.Select(r => (Row: r, Text: NormalizeText(text(r))))
            .Where(x => x.Text is not null)
            .GroupBy(x => x.Text!, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var label = g.GroupBy(x => x.Text!, StringComparer.Ordinal)
                    .OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
                return new Draft($"{prefix}:{label.ToLowerInvariant()}", new ReportLabel(label, label), [.. g.Select(x => x.Row)]);
            })
            .OrderByDescending(d => d.Rows.Count).ThenBy(d => d.Label.Swedish, StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), true))
            .ToList();
        var notStated = rows.Where(r => NormalizeText(text(r)) is null).ToList();
        if (notStated.Count > 0)
        {
            stated.Add(new Draft($"{prefix}:", OutcomeReportTexts.Label("Group.NotStated"), notStated));
        }

        return stated;
    }

    private static readonly (string Band, int From, int? To)[] Bands = [("16-19", 16, 19), ("20-24", 20, 24), ("25-29", 25, 29), ("30+", 30, null)];

    private static List<Draft> AgeGroups(IReadOnlyList<OutcomeReportRow> rows)
    {
        var byBand = rows.ToLookup(r => AgeBand(r.BirthYear, r.LastDay) ?? string.Empty);
        var groups = Bands.Where(b => byBand[b.Band].Any())
            .Select(b => new Draft(
                $"age:{b.Band}",
                b.To is { } to ? OutcomeReportTexts.Label("Group.AgeBand", b.From, to) : OutcomeReportTexts.Label("Group.AgeFrom", b.From),
                [.. byBand[b.Band]]))
            .ToList();
        if (byBand[string.Empty].Any())
        {
            groups.Add(new Draft("age:", OutcomeReportTexts.Label("Group.AgeUnknown"), [.. byBand[string.Empty]]));
        }

        return groups;
    }

    private static List<Draft> KindGroups(IReadOnlyList<OutcomeReportRow> rows) =>
        [.. rows.GroupBy(r => r.Kind).OrderBy(g => g.Key)
            .Select(g => new Draft(
                $"kind:{g.Key.ToString().ToLowerInvariant()}",
                OutcomeReportTexts.Label(g.Key == PlacementKind.Internal ? "Group.Internal" : "Group.External"),
                [.. g]))];

    private static List<Draft> PeriodGroups(IReadOnlyList<OutcomeReportRow> rows) =>
        [.. rows.GroupBy(r => (r.LastDay.Year, Half: r.LastDay.Month <= 6 ? 1 : 2)).OrderBy(g => g.Key)
            .Select(g => new Draft($"period:{Period(g.First().LastDay)}", OutcomeReportTexts.Label("Group.Period", g.Key.Year, g.Key.Half), [.. g]))];

    private sealed record Draft(string Id, ReportLabel Label, List<OutcomeReportRow> Rows);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
