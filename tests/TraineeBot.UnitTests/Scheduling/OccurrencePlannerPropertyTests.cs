using FsCheck;
using FsCheck.Fluent;
using TraineeBot.Core.Scheduling;
using static TraineeBot.UnitTests.Scheduling.SchedulingFixtures;

namespace TraineeBot.UnitTests.Scheduling;

/// <summary>Properties of the planner over random rules, anchors and away periods in 2020–2040.</summary>
public sealed class OccurrencePlannerPropertyTests
{
    private const int MaxCandidates = 40;
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly OccurrencePlanner Planner = new(Calendar);
    private static readonly DateTimeOffset LongAgo = Utc(2000, 1, 1, 0);

    private static readonly Gen<TimeOnly> At = Gen.Frequency([
        (3, Gen.Choose(7 * 4, 18 * 4).Select(quarters => new TimeOnly(quarters / 4, quarters % 4 * 15))),
        (1, Times)]);

    private static readonly Gen<Case> Cases =
        from start in Dates
        from at in At
        from away in AwayNear(start.AddDays(30))
        from kind in Gen.Choose(0, 2)
        from days in Gen.Choose(1, 30)
        from length in Gen.Choose(20, 400)
        from bounded in Gen.Elements(true, false)
        from gaps in Gen.Choose(1, 90).ArrayOf(6)
        from count in Gen.Choose(1, 6)
        from workingDays in Gen.Choose(0, 15)
        from offsets in Gen.Choose(-2, 14).Zip(Gen.Choose(-5, 20), (months, shift) => new DateOffset(months, shift)).ArrayOf(4)
        from steps in Gen.Choose(1, 4)
        select kind switch
        {
            0 => new Case(
                new ScheduleRule.Every(days, at),
                Anchors(("start", [start]), ("end", bounded ? [start.AddDays(length)] : [])),
                away),
            1 => new Case(
                new ScheduleRule.WorkingDaysBefore(workingDays, "renewals", at),
                Anchors(("renewals", [.. gaps.Take(count).Select((_, i) => start.AddDays(gaps.Take(i + 1).Sum()))])),
                away),
            _ => new Case(
                new ScheduleRule.Offsets("end", [.. offsets.Take(steps)], at),
                Anchors(("end", [start])),
                away),
        };

    [Fact]
    public void Occurrences_increase_are_in_working_time_and_are_exactly_the_candidates_not_superseded()
    {
        Check.One(Quick, Prop.ForAll(Arb.From(Cases), input =>
        {
            var candidates = Candidates(input);
            var walked = Walk(input, candidates);

            // Nominal dates and due times strictly increase; keys are the nominal dates.
            foreach (var (earlier, later) in walked.Zip(walked.Skip(1)))
            {
                Assert.True(later.NominalDate > earlier.NominalDate);
                Assert.True(later.DueUtc > earlier.DueUtc);
            }

            foreach (var occurrence in walked)
            {
                var candidate = candidates.Single(c => c.Nominal == occurrence.NominalDate);
                Assert.Equal(occurrence.NominalDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), occurrence.Key);
                Assert.True(QualifiesByWallClock(occurrence.DueUtc, input.Away), $"{occurrence.DueUtc:O} is not in working time");
                Assert.True(occurrence.DueUtc >= candidate.Unshifted);
                Assert.Equal(candidate.Due, occurrence.DueUtc);
            }

            // Exactly the candidates that are not superseded by the next one: due before its unshifted time, and not on
            // the same local day as it is due. The last candidate of a rule is never superseded.
            var expected = candidates.Zip(candidates.Skip(1))
                .Where(pair => pair.First.Due is { } due && due < pair.Second.Unshifted
                    && (pair.Second.Due is not { } nextDue || Calendar.LocalDate(nextDue) != Calendar.LocalDate(due)))
                .Select(pair => pair.First.Nominal)
                .Concat(Complete(candidates) && candidates is [.., { Due: not null } last] ? [last.Nominal] : []);
            Assert.Equal(expected, walked.Select(occurrence => occurrence.NominalDate));
        }));
    }

    [Fact]
    public void Asking_from_any_instant_gives_the_first_occurrence_due_from_then()
    {
        var cases = from input in Cases
                    from days in Gen.Choose(-10, 500)
                    from minutes in Gen.Choose(0, 24 * 60)
                    select (input, Days: days, Minutes: minutes);

        Check.One(Quick, Prop.ForAll(Arb.From(cases), test =>
        {
            var (input, days, minutes) = test;
            var candidates = Candidates(input);
            var walked = Walk(input, candidates);
            var notBefore = Calendar.ToUtc(Start(input).AddDays(days), TimeOnly.MinValue).AddMinutes(minutes);

            var next = Planner.Next(input.Rule, input.Anchors, null, notBefore, input.Away);

            var expected = walked.FirstOrDefault(occurrence => occurrence.DueUtc >= notBefore);
            if (expected is not null || Complete(candidates))
            {
                Assert.Equal(expected, next);
            }
        }));
    }

    /// <summary>All occurrences from the beginning, or when the rule has more candidates than worked out, those up to the last but one.</summary>
    private static List<Occurrence> Walk(Case input, List<Candidate> candidates)
    {
        DateOnly? last = Complete(candidates) ? null : candidates[^2].Nominal;
        var walked = new List<Occurrence>();
        DateOnly? after = null;
        while (Planner.Next(input.Rule, input.Anchors, after, LongAgo, input.Away) is { } occurrence && (last is null || occurrence.NominalDate <= last))
        {
            walked.Add(occurrence);
            after = occurrence.NominalDate;
        }

        return walked;
    }

    /// <summary>Whether the candidates are all the rule has (an unbounded or long rule is cut at <see cref="MaxCandidates"/>).</summary>
    private static bool Complete(List<Candidate> candidates) => candidates.Count < MaxCandidates;

    /// <summary>The rule's candidates worked out here from their definitions (at most <see cref="MaxCandidates"/>).</summary>
    private static List<Candidate> Candidates(Case input)
    {
        var rule = input.Rule;
        IEnumerable<(DateOnly Nominal, DateOnly Send)> dates = rule switch
        {
            ScheduleRule.Every every => Enumerable.Range(1, MaxCandidates)
                .Select(k => input.Anchors.Get("start")[0].AddDays(k * every.Days))
                .Where(date => input.Anchors.Get("end") is not { Count: > 0 } end || date <= end[0])
                .Select(date => (date, date)),
            ScheduleRule.WorkingDaysBefore before => input.Anchors.Get("renewals").Select(date => (date, Calendar.AddWorkingDays(date, -before.WorkingDays))),
            ScheduleRule.Offsets offsets => offsets.Steps.Select(step => step.ApplyTo(input.Anchors.Get("end")[0])).Distinct().Order().Select(date => (date, date)),
            _ => throw new InvalidOperationException(),
        };
        return [.. dates.Select(pair =>
        {
            var unshifted = Calendar.ToUtc(pair.Send, rule.At);
            return new Candidate(pair.Nominal, unshifted, Calendar.TryNextWorkingInstant(unshifted, input.Away));
        })];
    }

    private static DateOnly Start(Case input) => input.Anchors.Get("start").Concat(input.Anchors.Get("renewals")).Concat(input.Anchors.Get("end")).Min();

    private static ScheduleAnchors Anchors(params (string Name, DateOnly[] Dates)[] anchors) =>
        new(anchors.ToDictionary(anchor => anchor.Name, anchor => (IReadOnlyList<DateOnly>)anchor.Dates));

    internal sealed record Case(ScheduleRule Rule, ScheduleAnchors Anchors, AwayPeriod[] Away)
    {
        public override string ToString() => $"{(Rule is ScheduleRule.Offsets offsets ? $"{Rule} [{string.Join(", ", offsets.Steps)}]" : Rule)} {Anchors.ToJson()} away [{string.Join(", ", Away.Select(period => $"{period.From}–{period.To}"))}]";
    }

    private sealed record Candidate(DateOnly Nominal, DateTimeOffset Unshifted, DateTimeOffset? Due);
}
