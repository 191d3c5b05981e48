using TraineeBot.Core.Coordinators.Reports;
using TraineeBot.Core.Programme;
using static TraineeBot.Core.Coordinators.Reports.OutcomeCategory;

namespace TraineeBot.UnitTests.Coordinators.Reports;

public sealed class OutcomeReportTests
{
    private readonly OutcomeReport report = OutcomeReportFixture.Report();

    [Fact]
    public void All_counts_everyone_and_the_shares_of_those_due_at_each_follow_up()
    {
        var all = Assert.Single(report[OutcomeBreakdownKind.All].Groups);
        Assert.False(all.Suppressed);
        Assert.Equal(12, all.People);

        // 3 months: 10 due (all but the two who ended in January 2027); 4 work, 1 studies, 1 both, 1 looking, 1 other,
        // 2 without an answer (one of them ended exactly 3 months ago).
        AssertShares(all.At(3)!, 10, work: 0.4, studies: 0.1, both: 0.1, looking: 0.1, other: 0.1, unknown: 0.2);
        // 6 months: 8 due; 3 work, 2 studies, 1 both, 1 looking, 1 without an answer.
        AssertShares(all.At(6)!, 8, work: 0.375, studies: 0.25, both: 0.125, looking: 0.125, other: 0, unknown: 0.125);
        // 12 months: 4 due (those who ended in February 2026); 2 work, 1 looking, 1 without an answer.
        AssertShares(all.At(12)!, 4, work: 0.5, studies: 0, both: 0, looking: 0.25, other: 0, unknown: 0.25);

        // Trainees: 4 5 3 5 4 4 5 2 4 1 5 = 42 / 11 = 3.818… → 3.8; supervisors: 5 4 3 5 2 4 4 5 = 32 / 8 = 4.0.
        Assert.Equal(3.8, all.TraineeSupport);
        Assert.Equal(4.0, all.SupervisorSupport);
    }

    [Fact]
    public void Gender_is_grouped_as_written_ignoring_case_and_spaces_and_small_groups_are_suppressed()
    {
        var groups = report[OutcomeBreakdownKind.Gender].Groups;
        Assert.Equal(["Kvinna", "Man", "Icke-binär", "Ej angivet"], groups.Select(g => g.Label.Swedish));
        Assert.Equal("Not stated", groups[^1].Label.English);

        var women = groups[0];
        Assert.False(women.Suppressed);
        Assert.Equal(6, women.People);
        AssertShares(women.At(3)!, 5, work: 0.6, studies: 0, both: 0.2, looking: 0.2, other: 0, unknown: 0);
        AssertShares(women.At(6)!, 5, work: 0.4, studies: 0.2, both: 0.2, looking: 0, other: 0, unknown: 0.2);
        AssertShares(women.At(12)!, 3, work: 2.0 / 3, studies: 0, both: 0, looking: 0, other: 0, unknown: 1.0 / 3);
        Assert.Equal(4.4, women.TraineeSupport);    // 4 5 3 5 5 4 5 = 31 / 7 = 4.43
        Assert.Equal(4.5, women.SupervisorSupport); // 5 4 4 5 = 18 / 4

        // Man 4, Icke-binär 1, not stated 1: each fewer than 5, and 6 together, so nothing more is hidden.
        foreach (var hidden in groups.Skip(1))
        {
            Assert.True(hidden.Suppressed);
            Assert.Null(hidden.People);
            Assert.Empty(hidden.Horizons);
            Assert.Null(hidden.TraineeSupport);
            Assert.Null(hidden.SupervisorSupport);
        }
    }

    [Fact]
    public void A_single_suppressed_group_takes_the_next_smallest_with_it()
    {
        // Internal 8, external 4: external alone would be "all" minus internal, so internal is hidden too.
        var groups = report[OutcomeBreakdownKind.PlacementKind].Groups;
        Assert.Equal(["Intern", "Extern"], groups.Select(g => g.Label.Swedish));
        Assert.All(groups, g => Assert.True(g.Suppressed));
    }

    [Fact]
    public void Hidden_groups_that_together_are_still_too_few_take_the_next_smallest_with_them()
    {
        var rows = new List<OutcomeReportRow>();
        var n = 0;
        foreach (var (gender, count) in new[] { ("A", 6), ("B", 5), ("C", 2), ("D", 2) })
        {
            for (var i = 0; i < count; i++)
            {
                rows.Add(OutcomeReportFixture.Row(++n, gender, 2000, PlacementKind.Internal, "X", new DateOnly(2026, 1, 10), OutcomeStatus.Work, null, null, [], []));
            }
        }

        var groups = OutcomeReport.Build(rows, OutcomeReportFixture.Today)[OutcomeBreakdownKind.Gender].Groups;

        // C and D (2 + 2 = 4 < 5) could be worked out together, so B (the smallest shown) goes too.
        Assert.Equal([false, true, true, true], groups.Select(g => g.Suppressed));
        Assert.Equal(6, groups[0].People);
    }

    [Fact]
    public void Age_is_banded_at_the_period_end_and_unknown_without_a_birth_year()
    {
        var groups = report[OutcomeBreakdownKind.AgeBand].Groups;
        Assert.Equal(["age:20-24", "age:25-29", "age:30+", "age:"], groups.Select(g => g.Id));
        Assert.Equal(["20–24 år", "25–29 år", "30 år och äldre", "Okänd ålder"], groups.Select(g => g.Label.Swedish));
        Assert.Equal([false, true, true, true], groups.Select(g => g.Suppressed));
        Assert.Equal(7, groups[0].People);
        AssertShares(groups[0].At(6)!, 6, work: 0.5, studies: 2.0 / 6, both: 0, looking: 0, other: 0, unknown: 1.0 / 6);
        Assert.Equal("16-19", OutcomeReport.AgeBand(2010, new DateOnly(2026, 12, 31)));
        Assert.Null(OutcomeReport.AgeBand(null, new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void Departments_and_periods_are_grouped_and_ordered()
    {
        var departments = report[OutcomeBreakdownKind.HomeDepartment].Groups;
        Assert.Equal(["Förskola", "Äldreomsorg", "Skola", "Ej angivet"], departments.Select(g => g.Label.Swedish));
        Assert.Equal([6, null, null, null], departments.Select(g => g.People));

        var periods = report[OutcomeBreakdownKind.Period].Groups;
        Assert.Equal(["2026 halvår 1", "2026 halvår 2", "2027 halvår 1"], periods.Select(g => g.Label.Swedish));
        Assert.Equal(["2026 H1", "2026 H2", "2027 H1"], periods.Select(g => g.Label.English));
        Assert.Equal([null, 6, null], periods.Select(g => g.People));

        // 2026 H2: t4 t5 t6 t7 t8 t12, due at 3 and 6 months except t7 (Nov) and t8 (Dec) at 6; none at 12.
        var h2 = periods[1];
        AssertShares(h2.At(3)!, 6, work: 1.0 / 6, studies: 1.0 / 6, both: 1.0 / 6, looking: 0, other: 1.0 / 6, unknown: 2.0 / 6);
        AssertShares(h2.At(6)!, 4, work: 0.25, studies: 0.25, both: 0, looking: 0.25, other: 0, unknown: 0.25);
        Assert.Equal(0, h2.At(12)!.Due);
        Assert.Null(h2.At(12)!.Share(Work));
    }

    [Fact]
    public void Nobody_is_counted_at_a_follow_up_that_is_not_due_yet()
    {
        var rows = new[]
        {
            OutcomeReportFixture.Row(1, "A", 2000, PlacementKind.Internal, "X", new DateOnly(2026, 12, 2), OutcomeStatus.Work, null, null, [], []),
        };
        var all = OutcomeReport.Build(rows, OutcomeReportFixture.Today, minGroupSize: 1)[OutcomeBreakdownKind.All].Groups[0];

        // Ended 2 December 2026: 3 months are reached on 2 March 2027, the day after the report's day.
        Assert.Equal(1, all.People);
        Assert.All(all.Horizons, h => Assert.Equal(0, h.Due));
        Assert.Null(all.TraineeSupport);
    }

    [Fact]
    public void Every_group_is_suppressed_when_there_are_too_few_people_altogether()
    {
        var small = OutcomeReport.Build([.. OutcomeReportFixture.Rows.Take(4)], OutcomeReportFixture.Today);
        Assert.All(small.Breakdowns.SelectMany(b => b.Groups), g => Assert.True(g.Suppressed));
    }

    private static void AssertShares(OutcomeHorizon horizon, int due, double work, double studies, double both, double looking, double other, double unknown)
    {
        Assert.Equal(due, horizon.Due);
        Assert.Equal(work, horizon.Share(Work)!.Value, 9);
        Assert.Equal(studies, horizon.Share(Studies)!.Value, 9);
        Assert.Equal(both, horizon.Share(WorkAndStudies)!.Value, 9);
        Assert.Equal(looking, horizon.Share(Looking)!.Value, 9);
        Assert.Equal(other, horizon.Share(Other)!.Value, 9);
        Assert.Equal(unknown, horizon.Share(Unknown)!.Value, 9);
    }
}
